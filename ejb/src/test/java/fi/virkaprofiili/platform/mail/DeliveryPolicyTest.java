package fi.virkaprofiili.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

  private final DeliveryPolicy policy =
      new DeliveryPolicy(12, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 20);

  @Test
  void eachWaitIsTwiceTheOneBeforeUpToTheLongest() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(11)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(500)).as("no overflow").isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aPolicyWithoutAttemptsOrWithTheLongestWaitBelowTheFirstIsRefused() {
    assertThatThrownBy(
            () ->
                new DeliveryPolicy(
                    0, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new DeliveryPolicy(
                    3, Duration.ofHours(2), Duration.ofHours(1), Duration.ofMinutes(5), 20))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
