package fi.virkaprofiili.web.api;

import fi.virkaprofiili.profile.control.ProfileChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The answers of {@code verify} as they were written, by account key, until a profile changes.
 * Verification is what the public asks most and asks again and again about the same accounts; an
 * answer kept here costs no database work. Any written profile makes every kept answer old at
 * once, so a closure shows in the very next answer.
 */
@ApplicationScoped
class VerifyAnswers {

  /** Enough for every listed account and many misses; past it, all are forgotten at once. */
  static final int MAX_KEPT = 20_000;

  private record Kept(long version, String json) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  private final ProfileChanges changes;

  @Inject
  VerifyAnswers(ProfileChanges changes) {
    this.changes = changes;
  }

  /** For the container's proxy only. */
  protected VerifyAnswers() {
    this(null);
  }

  /** The kept answer about this account, or the one {@code answer} writes now. */
  String about(String accountKey, Supplier<String> answer) {
    // Read before answering: if a profile changes meanwhile, what is kept is already old.
    long version = changes.version();
    Kept known = kept.get(accountKey);
    if (known != null && known.version() == version) {
      return known.json();
    }
    String json = answer.get();
    if (kept.size() >= MAX_KEPT) {
      kept.clear();
    }
    kept.put(accountKey, new Kept(version, json));
    return json;
  }
}
