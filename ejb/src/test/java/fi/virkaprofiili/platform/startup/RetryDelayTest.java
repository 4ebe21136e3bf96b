package fi.virkaprofiili.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryDelayTest {

  @Test
  void doublesFromTheFirstWaitUpToTheLongest() {
    assertThat(IntStream.rangeClosed(1, 8).mapToObj(RetryDelay.STARTUP::after))
        .extracting(Duration::toSeconds)
        .containsExactly(2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
  }

  @Test
  void staysAtTheLongestHoweverLongTheDatabaseIsAway() {
    assertThat(RetryDelay.STARTUP.after(10_000)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> RetryDelay.STARTUP.after(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryDelay(Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
