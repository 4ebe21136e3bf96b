package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.profile.boundary.ProfileChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the public registry answered, kept until a profile is written: whole pages as they were
 * written for visitors who are not signed in ({@link AnonymousPageFilter}), and the answers of
 * {@code verify} by account key. They are what the public asks most, and asks again and again about
 * the same accounts; something kept here costs no database work. Any written profile makes
 * everything kept old at once: a closure shows in the very next answer on the node that wrote it,
 * and on every other node of the same database within {@link ProfileChanges#CHECK_INTERVAL}.
 *
 * <p>The bounds, each a shelf of its own, so that one kind never pushes out another:
 *
 * <ul>
 *   <li>pages: {@value #MAX_PAGE_BYTES} bytes of bodies (a page is some tens of kilobytes), each
 *       for at most {@link #MAX_PAGE_AGE}, for what changes with time alone (a closed profile
 *       leaves the list after its period);
 *   <li>answers about listed accounts: {@value #MAX_LISTED}, as many as the registry has accounts;
 *   <li>answers about accounts not in the registry: {@value #MAX_NOT_LISTED}: anyone can ask about
 *       any number of made-up ones, and a flood of those must not push out the answers people need.
 * </ul>
 *
 * Past a bound, that shelf is emptied at once ({@link Shelf}).
 */
@ApplicationScoped
public class RegistryCache {

  public static final long MAX_PAGE_BYTES = 32L * 1024 * 1024;
  public static final Duration MAX_PAGE_AGE = Duration.ofMinutes(1);
  public static final int MAX_LISTED = 200_000;
  public static final int MAX_NOT_LISTED = 20_000;

  /** Pages are bounded by their bytes; this only stops a flood of tiny ones. */
  public static final int MAX_PAGES = 100_000;

  /** An answer as it is sent, and whether it is about an account in the registry. */
  public record Answer(String json, boolean listed) {}

  /** A response header as the page set it. */
  public record Header(String name, String value) {}

  /** A page as it was sent: its status, its headers and its body. */
  public record Page(int status, List<Header> headers, byte[] body) {

    public Page {
      headers = List.copyOf(headers);
    }
  }

  private final ProfileChanges changes;
  private final Shelf<Page> pages;
  private final Shelf<String> listed;
  private final Shelf<String> notListed;

  @Inject
  RegistryCache(ProfileChanges changes) {
    this(changes, Clock.systemUTC(), MAX_PAGE_BYTES, MAX_LISTED, MAX_NOT_LISTED);
  }

  RegistryCache(
      ProfileChanges changes, Clock clock, long maxPageBytes, int maxListed, int maxNotListed) {
    this.changes = changes;
    this.pages =
        new Shelf<>(MAX_PAGES, maxPageBytes, MAX_PAGE_AGE, page -> page.body().length, clock);
    this.listed = new Shelf<>(maxListed, Long.MAX_VALUE, null, String::length, clock);
    this.notListed = new Shelf<>(maxNotListed, Long.MAX_VALUE, null, String::length, clock);
  }

  /** For the container's proxy only. */
  protected RegistryCache() {
    this.changes = null;
    this.pages = null;
    this.listed = null;
    this.notListed = null;
  }

  /**
   * The version of the profiles now. Read it before working something out: if a profile is written
   * meanwhile, what is kept with it is already old.
   */
  public long version() {
    return changes.version();
  }

  /** The page kept under the key, if it is still current; else null. */
  public Page page(String key) {
    return pages.get(key, changes.version());
  }

  /** Keeps a page rendered from the profiles as they were at {@code version}. */
  public void keepPage(String key, long version, Page page) {
    pages.put(key, version, page);
  }

  /** The kept answer about this account, or the one {@code answer} writes now. */
  public String about(String accountKey, Supplier<Answer> answer) {
    long version = changes.version();
    String known = listed.get(accountKey, version);
    if (known == null) {
      known = notListed.get(accountKey, version);
    }
    if (known != null) {
      return known;
    }
    Answer fresh = answer.get();
    // An account can move from one kind to the other when a profile changes.
    (fresh.listed() ? notListed : listed).remove(accountKey);
    (fresh.listed() ? listed : notListed).put(accountKey, version, fresh.json());
    return fresh.json();
  }

  long pageBytes() {
    return pages.bytes();
  }

  int pagesKept() {
    return pages.size();
  }
}
