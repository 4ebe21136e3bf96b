package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.profile.boundary.ProfileChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The answers of {@code verify} as they were written, by account key, until a profile changes.
 * Verification is what the public asks most and asks again and again about the same accounts; an
 * answer kept here costs no database work. Any written profile makes every kept answer old at once,
 * so a closure shows in the very next answer.
 *
 * <p>Answers about listed accounts and answers about accounts not in the registry are kept apart:
 * there are only as many of the first as the registry has accounts, while anyone can ask about any
 * number of made-up ones, and a flood of those must not push out the answers people need.
 */
@ApplicationScoped
public class RegistryCache {

  /** Past these, all answers of that kind are forgotten at once. */
  static final int MAX_LISTED = 200_000;

  static final int MAX_NOT_LISTED = 20_000;

  /** An answer as it is sent, and whether it is about an account in the registry. */
  public record Answer(String json, boolean listed) {}

  private record Kept(long version, String json) {}

  private final Map<String, Kept> listed = new ConcurrentHashMap<>();
  private final Map<String, Kept> notListed = new ConcurrentHashMap<>();
  private final ProfileChanges changes;

  @Inject
  RegistryCache(ProfileChanges changes) {
    this.changes = changes;
  }

  /** For the container's proxy only. */
  protected RegistryCache() {
    this(null);
  }

  /** The kept answer about this account, or the one {@code answer} writes now. */
  public String about(String accountKey, Supplier<Answer> answer) {
    // Read before answering: if a profile changes meanwhile, what is kept is already old.
    long version = changes.version();
    Kept known = listed.get(accountKey);
    if (known == null) {
      known = notListed.get(accountKey);
    }
    if (known != null && known.version() == version) {
      return known.json();
    }
    Answer fresh = answer.get();
    Map<String, Kept> kind = fresh.listed() ? listed : notListed;
    if (kind.size() >= (fresh.listed() ? MAX_LISTED : MAX_NOT_LISTED)) {
      kind.clear();
    }
    // An account can move from one kind to the other when a profile changes.
    (fresh.listed() ? notListed : listed).remove(accountKey);
    kind.put(accountKey, new Kept(version, fresh.json()));
    return fresh.json();
  }
}
