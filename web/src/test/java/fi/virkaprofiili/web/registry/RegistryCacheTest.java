package fi.virkaprofiili.web.registry;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.boundary.ProfileChanges;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RegistryCacheTest {

  private final ProfileChanges changes = new ProfileChanges();
  private final RegistryCache answers = new RegistryCache(changes);
  private final AtomicInteger asked = new AtomicInteger();

  private Supplier<RegistryCache.Answer> fromTheDatabase(String json) {
    return () -> {
      asked.incrementAndGet();
      return new RegistryCache.Answer(json, !json.startsWith("not listed"));
    };
  }

  @Test
  void anAnswerIsKeptWhileNoProfileChanges() {
    assertThat(answers.about("instagram:kirjasto", fromTheDatabase("official")))
        .isEqualTo("official");
    assertThat(answers.about("instagram:kirjasto", fromTheDatabase("other"))).isEqualTo("official");
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
          return new RegistryCache.Answer("read before the change committed", true);
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

    assertThat(answers.about("instagram:kirjasto", fromTheDatabase("other"))).isEqualTo("official");
    assertThat(
            answers.about("mastodon:user0@example.org", fromTheDatabase("not listed, asked again")))
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
