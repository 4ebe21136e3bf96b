package fi.virkaprofiili.profile.entity;

import static fi.virkaprofiili.profile.entity.ProfileState.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lifecycle's moves, as the one guard allows them. */
class ProfileStateTest {

  @Test
  void aProposalIsDecidedOnceAndOnlyAnApprovedOneIsListed() {
    assertThat(next(PROPOSED)).containsExactlyInAnyOrder(IN_DECISION, WITHDRAWN);
    assertThat(next(IN_DECISION))
        .containsExactlyInAnyOrder(APPROVED, REJECTED, PROPOSED, WITHDRAWN);
    assertThat(next(APPROVED)).containsExactlyInAnyOrder(LISTED, PROPOSED);
  }

  @Test
  void aListedProfileOnlyGoesTowardsItsClosure() {
    assertThat(next(LISTED)).containsExactlyInAnyOrder(CLOSING, CLOSED);
    assertThat(next(CLOSING)).containsExactly(CLOSED);
  }

  @Test
  void theEndsOfTheLifecycleLeadNowhere() {
    assertThat(next(CLOSED)).isEmpty();
    assertThat(next(REJECTED)).isEmpty();
    assertThat(next(WITHDRAWN)).isEmpty();
  }

  @Test
  void noStateLeadsToItselfOrBackToADecisionOnceApproved() {
    for (ProfileState state : ProfileState.values()) {
      assertThat(state.leadsTo(state)).as(state.name()).isFalse();
    }
    assertThat(APPROVED.leadsTo(IN_DECISION)).isFalse();
  }

  private static Set<ProfileState> next(ProfileState from) {
    return Arrays.stream(ProfileState.values())
        .filter(from::leadsTo)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProfileState.class)));
  }
}
