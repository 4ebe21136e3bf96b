package fi.virkaprofiili.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.control.ProfileChanges;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class VerifyAnswersTest {

  private final ProfileChanges changes = new ProfileChanges();
  private final VerifyAnswers answers = new VerifyAnswers(changes);
  private final AtomicInteger asked = new AtomicInteger();

  private Supplier<String> fromTheDatabase(String json) {
    return () -> {
      asked.incrementAndGet();
      return json;
    };
  }

  @Test
  void anAnswerIsKeptWhileNoProfileChanges() {
    assertThat(answers.about("instagram:kirjasto", fromTheDatabase("official"))).isEqualTo("official");
    assertThat(answers.about("instagram:kirjasto", fromTheDatabase("other"))).isEqualTo("official");
    assertThat(asked).hasValue(1);
  }

  @Test
  void aWrittenProfileMakesEveryKeptAnswerOld() {
    answers.about("instagram:kirjasto", fromTheDatabase("official"));
    answers.about("x:kaupunki", fromTheDatabase("not listed"));

    changes.written();

    assertThat(answers.about("instagram:kirjasto", fromTheDatabase("closing"))).isEqualTo("closing");
    assertThat(answers.about("x:kaupunki", fromTheDatabase("official"))).isEqualTo("official");
    assertThat(asked).hasValue(4);
  }

  @Test
  void anAnswerWorkedOutWhileAProfileChangedIsNotKept() {
    answers.about("instagram:kirjasto", () -> {
      changes.written();
      return "read before the change committed";
    });

    assertThat(answers.about("instagram:kirjasto", fromTheDatabase("closing"))).isEqualTo("closing");
  }

  @Test
  void pastItsLimitEverythingIsForgottenRatherThanMemoryFilled() {
    for (int i = 0; i < VerifyAnswers.MAX_KEPT; i++) {
      answers.about("mastodon:user" + i + "@example.org", () -> "not listed");
    }
    answers.about("instagram:kirjasto", fromTheDatabase("official"));

    assertThat(answers.about("mastodon:user0@example.org", fromTheDatabase("asked again"))).isEqualTo("asked again");
    assertThat(answers.about("instagram:kirjasto", fromTheDatabase("other"))).isEqualTo("official");
  }
}
