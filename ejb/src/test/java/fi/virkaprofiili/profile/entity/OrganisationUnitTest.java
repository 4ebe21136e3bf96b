package fi.virkaprofiili.profile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Units keep a hierarchy without loops and a history of every change: who, when, what and why. */
class OrganisationUnitTest {

  private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
  private static final UnitNames LIBRARY = new UnitNames("Kirjasto", "Bibliotek", "Library");

  private final OrganisationUnit culture =
      OrganisationUnit.create(
          "culture",
          new UnitNames("Kulttuuripalvelut", "Kulturtjänster", "Culture services"),
          null,
          "markus",
          "admin",
          "The culture services start",
          AT);

  @Test
  void aNewUnitStartsItsHistoryWithWhoCreatedItUnderWhichUnitAndItsManager() {
    OrganisationUnit library =
        OrganisationUnit.create("library", LIBRARY, culture, "tiina", "admin", "New unit", AT);

    assertThat(library.parentCode()).isEqualTo("culture");
    assertThat(library.depth()).isEqualTo(1);
    assertThat(library.name(Locale.forLanguageTag("sv"))).isEqualTo("Bibliotek");
    assertThat(library.getEvents())
        .extracting(
            UnitEvent::getType, UnitEvent::getActorId, UnitEvent::getDetail, UnitEvent::getReason)
        .containsExactly(
            tuple(UnitEventType.CREATED, "admin", "Kirjasto / Bibliotek / Library", "New unit"),
            tuple(UnitEventType.PARENT_CHANGED, "admin", "culture", "New unit"),
            tuple(UnitEventType.MANAGER_CHANGED, "admin", "tiina", "New unit"));
  }

  @Test
  void aChangeWithoutAReasonIsRefusedAndChangesNothing() {
    assertThatThrownBy(() -> culture.rename(LIBRARY, "admin", " ", AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> culture.appoint("tiina", "admin", null, AT))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(culture.getNames().fi()).isEqualTo("Kulttuuripalvelut");
    assertThat(culture.getManagerId()).isEqualTo("markus");
    assertThat(culture.getEvents()).hasSize(2);
  }

  @Test
  void renamingAndAppointingAreRecordedOnlyWhenSomethingChanges() {
    assertThat(culture.rename(culture.getNames(), "admin", "Same", AT)).isFalse();
    assertThat(culture.appoint("markus", "admin", "Same", AT)).isFalse();

    assertThat(culture.rename(LIBRARY, "tiina", "Merged with the library", AT.plusSeconds(1)))
        .isTrue();
    assertThat(culture.appoint("ilkka", "tiina", "Markus retired", AT.plusSeconds(2))).isTrue();

    assertThat(culture.name(Locale.ENGLISH)).isEqualTo("Library");
    assertThat(culture.isManagedBy("ilkka")).isTrue();
    assertThat(culture.getEvents())
        .extracting(UnitEvent::getType, UnitEvent::getDetail, UnitEvent::getReason)
        .endsWith(
            tuple(
                UnitEventType.RENAMED, "Kirjasto / Bibliotek / Library", "Merged with the library"),
            tuple(UnitEventType.MANAGER_CHANGED, "ilkka", "Markus retired"));
  }

  @Test
  void aUnitIsNeverPlacedUnderItselfOrAUnitBeneathIt() {
    OrganisationUnit library =
        OrganisationUnit.create("library", LIBRARY, culture, "tiina", "admin", "New", AT);
    OrganisationUnit branch =
        OrganisationUnit.create(
            "branch",
            new UnitNames("Haara", "Filial", "Branch"),
            library,
            "tiina",
            "admin",
            "New",
            AT);

    assertThatThrownBy(() -> culture.placeUnder(branch, "admin", "Loop", AT))
        .isInstanceOf(UnitCycle.class);
    assertThatThrownBy(() -> culture.placeUnder(culture, "admin", "Loop", AT))
        .isInstanceOf(UnitCycle.class);
    assertThat(culture.getParent()).isNull();

    assertThat(branch.placeUnder(null, "admin", "Branch is on its own now", AT)).isTrue();
    assertThat(branch.depth()).isZero();
    assertThat(branch.getEvents())
        .last()
        .extracting(UnitEvent::getType, UnitEvent::getDetail)
        .containsExactly(UnitEventType.PARENT_CHANGED, null);
  }

  @Test
  void aNewUnitsCodeIsPlainAndItsNamesAreOneLineEach() {
    assertThatThrownBy(
            () -> OrganisationUnit.create("Bad Code", LIBRARY, null, "tiina", "admin", "New", AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UnitNames("Kirjasto\nForged", "Bibliotek", "Library"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UnitNames("Kirjasto", "", "Library"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMovedProfileSaysFromWhichUnitToWhichAndWhyAndBothUnitsRecordIt() {
    OrganisationUnit library =
        OrganisationUnit.create("library", LIBRARY, null, "tiina", "admin", "New", AT);
    Profile profile = TestProfiles.proposal(culture, "sanna", AT);

    culture.movedProfiles(library, List.of(profile.getName()), "admin", "Reorganisation", AT);
    profile.moveToUnit(library, "admin", "Reorganisation", AT);
    profile.managerTasksFollowed("tiina", List.of("managerDecision"), "admin", AT);

    assertThat(profile.getUnit()).isSameAs(library);
    assertThat(profile.getEvents())
        .extracting(ProfileEvent::getType, ProfileEvent::getDetail, ProfileEvent::getReason)
        .endsWith(
            tuple(ProfileEventType.UNIT_CHANGED, "culture library", "Reorganisation"),
            tuple(ProfileEventType.MANAGER_TASKS_FOLLOWED, "tiina managerDecision", null));
    assertThat(culture.getEvents())
        .last()
        .extracting(UnitEvent::getType, UnitEvent::getDetail)
        .containsExactly(UnitEventType.PROFILES_MOVED_OUT, "library: " + profile.getName());
    assertThat(library.getEvents())
        .last()
        .extracting(UnitEvent::getType, UnitEvent::getDetail)
        .containsExactly(UnitEventType.PROFILES_MOVED_IN, "culture: " + profile.getName());
    assertThatThrownBy(() -> profile.moveToUnit(library, "admin", "Again", AT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whileTheManagerIsAwayTheDeputyDecidesExceptOnTheirOwnProposal() {
    assertThat(culture.deciderFor("sanna")).isEqualTo("markus");

    culture.deputise("tiina", "markus", "Summer holiday", AT);

    assertThat(culture.getDeputyId()).isEqualTo("tiina");
    assertThat(culture.deciderFor("sanna")).isEqualTo("tiina");
    assertThat(culture.deciderFor("markus"))
        .as("the manager's own proposal is decided by the deputy")
        .isEqualTo("tiina");
    assertThat(culture.deciderFor("tiina"))
        .as("nobody decides their own proposal: the deputy's stays with the manager")
        .isEqualTo("markus");
    assertThat(culture.isDecidedBy("tiina")).isTrue();
    assertThat(culture.isDecidedBy("markus")).isTrue();
    assertThat(culture.isDecidedBy("sanna")).isFalse();

    assertThat(culture.deputyEnds("markus", "Summer holiday", AT)).isTrue();
    assertThat(culture.deputyEnds("markus", "Summer holiday", AT)).isFalse();

    assertThat(culture.getDeputyId()).isNull();
    assertThat(culture.deciderFor("sanna")).isEqualTo("markus");
    assertThat(culture.isDecidedBy("tiina")).isFalse();
    assertThat(culture.getEvents())
        .extracting(UnitEvent::getType, UnitEvent::getDetail, UnitEvent::getReason)
        .endsWith(
            tuple(UnitEventType.DEPUTY_STARTED, "tiina", "Summer holiday"),
            tuple(UnitEventType.DEPUTY_ENDED, "tiina", "Summer holiday"));
  }

  @Test
  void aManagerIsNotTheirOwnDeputyAndADeputyNeedsAReason() {
    assertThatThrownBy(() -> culture.deputise("markus", "markus", "Away", AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> culture.deputise("tiina", "markus", " ", AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(culture.getDeputyId()).isNull();
  }
}
