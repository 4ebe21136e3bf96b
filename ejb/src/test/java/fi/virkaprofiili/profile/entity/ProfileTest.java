package fi.virkaprofiili.profile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.organisation.entity.OrganisationUnit;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProfileTest {

  private static final Instant PROPOSED = Instant.parse("2026-11-02T08:00:00Z");
  private static final Instant DECIDED = Instant.parse("2026-11-04T12:00:00Z");

  private final OrganisationUnit culture =
      new OrganisationUnit("culture", "Kulttuuripalvelut", "Kulturtjänster", "Culture services", "markus");

  @Test
  void newProposalWaitsForDecisionAndRecordsWhoProposed() {
    Profile profile = proposal();

    assertThat(profile.getState()).isEqualTo(ProfileState.IN_DECISION);
    assertThat(profile.isProposedBy("sanna")).isTrue();
    assertThat(profile.getEvents())
        .singleElement()
        .satisfies(event -> {
          assertThat(event.getType()).isEqualTo(ProfileEventType.PROPOSED);
          assertThat(event.getActorId()).isEqualTo("sanna");
          assertThat(event.getOccurredAt()).isEqualTo(PROPOSED);
        });
  }

  @Test
  void approvedProfileIsListedWithItsHistory() {
    Profile profile = proposal();

    profile.approve("markus", DECIDED);
    profile.list(DECIDED.plusSeconds(5));

    assertThat(profile.getState()).isEqualTo(ProfileState.LISTED);
    assertThat(profile.getListedAt()).isEqualTo(DECIDED.plusSeconds(5));
    assertThat(profile.getEvents())
        .extracting(ProfileEvent::getType, ProfileEvent::getActorId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProfileEventType.PROPOSED, "sanna"),
            org.assertj.core.groups.Tuple.tuple(ProfileEventType.APPROVED, "markus"),
            org.assertj.core.groups.Tuple.tuple(ProfileEventType.LISTED, ProfileEvent.SYSTEM));
  }

  @Test
  void rejectionKeepsItsReason() {
    Profile profile = proposal();

    profile.reject("markus", "  No working time set aside  ", DECIDED);

    assertThat(profile.getState()).isEqualTo(ProfileState.REJECTED);
    assertThat(profile.getEvents().get(1).getReason()).isEqualTo("No working time set aside");
  }

  @Test
  void rejectionWithoutReasonIsRefused() {
    Profile profile = proposal();

    assertThatThrownBy(() -> profile.reject("markus", " ", DECIDED)).isInstanceOf(IllegalArgumentException.class);
    assertThat(profile.getState()).isEqualTo(ProfileState.IN_DECISION);
  }

  @Test
  void aProfileIsDecidedOnlyOnce() {
    Profile profile = proposal();
    profile.reject("markus", "Duplicate", DECIDED);

    assertThatThrownBy(() -> profile.approve("markus", DECIDED)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nothingUnapprovedEntersTheRegistry() {
    Profile profile = proposal();

    assertThatThrownBy(() -> profile.list(DECIDED)).isInstanceOf(IllegalStateException.class);
    assertThat(profile.getState().isPublic()).isFalse();
  }

  @Test
  void aProfileNeedsANameAndAPurpose() {
    assertThatThrownBy(() -> new Profile(" ", Channel.X, culture, "Purpose", null, "sanna", PROPOSED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Profile("Name", Channel.X, culture, null, null, "sanna", PROPOSED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Profile proposal() {
    return new Profile("Kaupunginkirjasto", Channel.INSTAGRAM, culture, "Library news", "", "sanna", PROPOSED);
  }
}
