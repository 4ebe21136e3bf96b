package fi.virkaprofiili.web.registry;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.boundary.ProfileChanges;
import fi.virkaprofiili.web.registry.RegistryCache.Answer;
import fi.virkaprofiili.web.registry.RegistryCache.Header;
import fi.virkaprofiili.web.registry.RegistryCache.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegistryCacheTest {

  /** No other node writes: the database's fingerprint stays the same. */
  private final ProfileChanges changes = new ProfileChanges(() -> "unchanged", () -> 0L);

  private final MovableClock clock = new MovableClock();

  @Nested
  class Pages {

    private static final int BOUND = 100;

    private final RegistryCache cache = new RegistryCache(changes, clock, BOUND, 10, 10);

    @Test
    void aKeptPageIsServedWhileNoProfileChanges() {
      Page page = page(40);
      cache.keepPage("fi /registry.xhtml?", cache.version(), page);

      assertThat(cache.page("fi /registry.xhtml?")).isSameAs(page);
      assertThat(cache.page("sv /registry.xhtml?")).isNull();
    }

    @Test
    void aReplacedPageGivesItsBytesBack() {
      long version = cache.version();
      cache.keepPage("fi /registry.xhtml?", version, page(40));
      cache.keepPage("fi /registry.xhtml?", version, page(40));

      cache.keepPage("fi /embed.xhtml?", version, page(40));

      // Counted twice, the replaced page would pass the bound and empty the cache.
      assertThat(cache.page("fi /registry.xhtml?")).isNotNull();
      assertThat(cache.page("fi /embed.xhtml?")).isNotNull();
      assertThat(cache.pageBytes()).isEqualTo(80);
    }

    @Test
    void pastTheBoundEverythingKeptIsForgottenAndTheNewPageKept() {
      long version = cache.version();
      cache.keepPage("a", version, page(40));
      cache.keepPage("b", version, page(40));

      cache.keepPage("c", version, page(40));

      assertThat(cache.page("a")).isNull();
      assertThat(cache.page("b")).isNull();
      assertThat(cache.page("c")).isNotNull();
      assertThat(cache.pageBytes()).isEqualTo(40);
    }

    @Test
    void aPageLargerThanTheBoundIsNeverKept() {
      cache.keepPage("a", cache.version(), page(BOUND + 1));

      assertThat(cache.page("a")).isNull();
      assertThat(cache.pageBytes()).isZero();
    }

    @Test
    void aWrittenProfileMakesEveryKeptPageOld() {
      cache.keepPage("a", cache.version(), page(10));
      cache.keepPage("b", cache.version(), page(10));

      changes.written();

      assertThat(cache.page("a")).isNull();
      assertThat(cache.page("b")).isNull();
      // The first page kept after the change lets go of the old ones.
      cache.keepPage("c", cache.version(), page(10));
      assertThat(cache.pagesKept()).isEqualTo(1);
      assertThat(cache.pageBytes()).isEqualTo(10);
    }

    @Test
    void aPageRenderedWhileAProfileWasWrittenIsNotKept() {
      long before = cache.version();
      changes.written();
      cache.keepPage("c", cache.version(), page(10));

      cache.keepPage("a", before, page(10));

      assertThat(cache.page("a")).isNull();
      assertThat(cache.pagesKept()).isEqualTo(1);
    }

    @Test
    void aPageServesForAMinuteAtMost() {
      cache.keepPage("a", cache.version(), page(10));

      clock.move(RegistryCache.MAX_PAGE_AGE.minusSeconds(1));
      assertThat(cache.page("a")).isNotNull();
      clock.move(Duration.ofSeconds(1));
      assertThat(cache.page("a")).isNull();
    }

    private static Page page(int bytes) {
      return new Page(200, List.of(new Header("Content-Type", "text/html")), new byte[bytes]);
    }
  }

  @Nested
  class Answers {

    private final RegistryCache answers =
        new RegistryCache(
            changes,
            clock,
            RegistryCache.MAX_PAGE_BYTES,
            RegistryCache.MAX_LISTED,
            RegistryCache.MAX_NOT_LISTED);
    private final AtomicInteger asked = new AtomicInteger();

    private Supplier<Answer> fromTheDatabase(String json) {
      return () -> {
        asked.incrementAndGet();
        return new Answer(json, !json.startsWith("not listed"));
      };
    }

    @Test
    void anAnswerIsKeptWhileNoProfileChanges() {
      assertThat(answers.about("instagram:kirjasto", fromTheDatabase("official")))
          .isEqualTo("official");
      assertThat(answers.about("instagram:kirjasto", fromTheDatabase("other")))
          .isEqualTo("official");
      assertThat(asked).hasValue(1);
    }

    @Test
    void aWrittenProfileMakesEveryKeptAnswerOld() {
      answers.about("instagram:kirjasto", fromTheDatabase("official"));
      answers.about("x:kaupunki", fromTheDatabase("not listed"));

      changes.written();

      assertThat(answers.about("instagram:kirjasto", fromTheDatabase("closing")))
          .isEqualTo("closing");
      assertThat(answers.about("x:kaupunki", fromTheDatabase("official"))).isEqualTo("official");
      assertThat(asked).hasValue(4);
    }

    @Test
    void anAnswerWorkedOutWhileAProfileChangedIsNotKept() {
      answers.about(
          "instagram:kirjasto",
          () -> {
            changes.written();
            return new Answer("read before the change committed", true);
          });

      assertThat(answers.about("instagram:kirjasto", fromTheDatabase("closing")))
          .isEqualTo("closing");
    }

    @Test
    void aFloodOfMadeUpAccountsNeverPushesOutTheAnswersAboutListedOnes() {
      answers.about("instagram:kirjasto", fromTheDatabase("official"));
      for (int i = 0; i <= RegistryCache.MAX_NOT_LISTED; i++) {
        answers.about("mastodon:user" + i + "@example.org", fromTheDatabase("not listed"));
      }

      assertThat(answers.about("instagram:kirjasto", fromTheDatabase("other")))
          .isEqualTo("official");
      assertThat(
              answers.about(
                  "mastodon:user0@example.org", fromTheDatabase("not listed, asked again")))
          .isEqualTo("not listed, asked again");
    }

    @Test
    void anAccountListedAfterItWasAskedAboutIsAnsweredAsListed() {
      answers.about("x:kaupunki", fromTheDatabase("not listed"));
      changes.written();
      answers.about("x:kaupunki", fromTheDatabase("official"));

      assertThat(answers.about("x:kaupunki", fromTheDatabase("other"))).isEqualTo("official");
    }
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-06-01T09:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
