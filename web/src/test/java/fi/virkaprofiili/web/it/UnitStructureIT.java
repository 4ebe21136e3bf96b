package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.MANAGER_DECISION;
import static fi.virkaprofiili.web.it.LifecycleFixture.proposal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.organisation.boundary.UnitForm;
import fi.virkaprofiili.organisation.boundary.UnitStructure;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.profile.entity.UnitCycle;
import fi.virkaprofiili.profile.entity.UnitEvent;
import fi.virkaprofiili.profile.entity.UnitEventType;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation's structure on the real WAR (issue 12, item 4): who may change it is checked in
 * the boundary, every change is kept with who and why, and a reorganisation takes a profile's open
 * decision to the new unit's manager in the same transaction as the move.
 */
@ExtendWith(ArquillianExtension.class)
class UnitStructureIT {

  @Inject private ProcessEngine engine;
  @Inject private UnitStructure structure;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private LifecycleFixture fixture;
  @Inject private OutboxRows outbox;
  @Resource private UserTransaction transaction;
  @ArquillianResource private URL base;

  @Test
  void aMovedProfilesOpenDecisionFollowsToTheNewUnitsManagerAndTheTimelineSaysSo() {
    String manager = newManager();
    String unit = newUnit(manager, "admin");
    Profile profile = proposals.submit(proposal("Moved " + UUID.randomUUID()), "sanna");
    assertEquals("markus", decisionOf(profile).getAssignee());

    UnitStructure.Moved moved =
        structure.move(List.of(profile.getId()), unit, "Culture's libraries move", "tiina");

    assertEquals(new UnitStructure.Moved(1, 1, manager, List.of()), moved);
    assertEquals(manager, decisionOf(profile).getAssignee());
    assertEquals(
        manager,
        engine.getRuntimeService().getVariable(profile.getProcessInstanceId(), "unitManager"));
    String taskId = decisionOf(profile).getId();
    assertThrows(
        NotPermittedException.class,
        () -> decisions.decide(taskId, Decision.approve(), "markus"),
        "the former manager decides no more");
    assertTrue(
        recipients(taskId).contains(manager + "@example.org"),
        "the new manager is e-mailed of the task, written with the move");

    decisions.decide(taskId, Decision.approve(), manager);

    Profile decided = proposals.profile(profile.getId());
    assertEquals(ProfileState.APPROVED, decided.getState());
    assertEquals(unit, decided.getUnit().getCode());
    List<ProfileEvent> events = decided.getEvents();
    ProfileEvent move = events.get(1);
    assertEquals(ProfileEventType.UNIT_CHANGED, move.getType());
    assertEquals("tiina", move.getActorId());
    assertEquals("culture " + unit, move.getDetail());
    assertEquals("Culture's libraries move", move.getReason());
    assertEquals(ProfileEventType.MANAGER_TASKS_FOLLOWED, events.get(2).getType());
    assertEquals(manager + " " + MANAGER_DECISION, events.get(2).getDetail());
    assertEquals(ProfileEventType.APPROVED, events.get(3).getType());
    assertEquals(manager, events.get(3).getActorId());
    assertTrue(
        structure.history("admin", "culture").stream()
            .anyMatch(
                e ->
                    e.getType() == UnitEventType.PROFILES_MOVED_OUT
                        && e.getDetail().contains(profile.getName())),
        "the unit the profile left records it");
  }

  @Test
  void aMoveAndItsReassignedTasksCommitOrRollBackTogether() throws Exception {
    String manager = newManager();
    String unit = newUnit(manager, "admin");
    Profile profile = proposals.submit(proposal("Rolled back " + UUID.randomUUID()), "sanna");

    transaction.begin();
    structure.move(List.of(profile.getId()), unit, "Undone", "tiina");
    assertEquals(manager, decisionOf(profile).getAssignee(), "inside the transaction");
    transaction.rollback();

    Profile after = proposals.profile(profile.getId());
    assertEquals("culture", after.getUnit().getCode());
    assertEquals("markus", decisionOf(profile).getAssignee());
    assertFalse(
        after.getEvents().stream().anyMatch(e -> e.getType() == ProfileEventType.UNIT_CHANGED));
    assertFalse(
        recipients(decisionOf(profile).getId()).contains(manager + "@example.org"),
        "no e-mail of a move undone");
  }

  @Test
  void aNewManagerOfAUnitGetsTheOpenDecisionsOfItsProfiles() {
    String first = newManager();
    String second = newManager();
    String unit = newUnit(first, "tiina");
    Proposal proposal = proposal("New manager " + UUID.randomUUID());
    proposal.setUnitCode(unit);
    Profile profile = proposals.submit(proposal, "sanna");
    assertEquals(first, decisionOf(profile).getAssignee());

    UnitForm form = UnitForm.of(structure.unit("admin", unit));
    form.setManagerId(second);
    form.setWhy(first + " moved to another post");
    structure.change(unit, form, "admin");

    assertEquals(second, decisionOf(profile).getAssignee());
    List<UnitEvent> history = structure.history("admin", unit);
    UnitEvent last = history.get(history.size() - 1);
    assertEquals(UnitEventType.MANAGER_CHANGED, last.getType());
    assertEquals(second, last.getDetail());
    assertEquals("admin", last.getActorId());
    assertEquals(first + " moved to another post", last.getReason());
  }

  @Test
  void theRegistryShowsARenamedUnitAtOnceThoughNoProfileWasWritten() throws Exception {
    String manager = newManager();
    String unit = "it-" + manager;
    fixture.listedProfile("Nimetty " + manager, unit, manager);
    String before = registryPage(unit);
    assertTrue(before.contains("Yksikkö " + unit), "the registry names the unit");

    UnitForm form = UnitForm.of(structure.unit("admin", unit));
    form.setNameFi("Uusi nimi " + unit);
    form.setWhy("The unit got a new name");
    structure.change(unit, form, "admin");

    String after = registryPage(unit);
    assertTrue(after.contains("Uusi nimi " + unit), "the registry kept no page with the old name");
    assertFalse(after.contains("Yksikkö " + unit));
  }

  /** The public registry's page of the unit's profiles, in Finnish, as a visitor gets it. */
  private String registryPage(String unit) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("registry?unit=" + unit))
                    .header("Accept-Language", "fi")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode());
    return response.body();
  }

  @Test
  void aDecisionThatFollowsToItsOwnProposerWaitsAndTheyCannotDecideIt() {
    String manager = newManager();
    String unit = newUnit(manager, "admin");
    Profile own = proposals.submit(proposal("Own after move " + UUID.randomUUID()), manager);

    UnitStructure.Moved moved = structure.move(List.of(own.getId()), unit, "Reorganised", "tiina");

    assertEquals(List.of(own.getName()), moved.ownProposals());
    String taskId = decisionOf(own).getId();
    assertEquals(manager, decisionOf(own).getAssignee());
    assertThrows(
        NotPermittedException.class, () -> decisions.decide(taskId, Decision.approve(), manager));
    assertEquals(ProfileState.IN_DECISION, proposals.profile(own.getId()).getState());
  }

  @Test
  void onlyAdministratorsAndCommunicationsChangeTheStructure() {
    String manager = newManager();
    Profile profile = proposals.submit(proposal("Refused " + UUID.randomUUID()), "sanna");
    UnitForm form = form("it-refused-" + manager.substring(1), manager);

    for (String who : List.of("sanna", "markus", "ilkka")) {
      assertThrows(NotPermittedException.class, () -> structure.create(form, who), who);
      assertThrows(
          NotPermittedException.class,
          () -> structure.move(List.of(profile.getId()), "communications", "No", who),
          who);
      assertThrows(NotPermittedException.class, () -> structure.tree(who), who);
    }
    assertEquals("culture", proposals.profile(profile.getId()).getUnit().getCode());
    assertEquals("markus", decisionOf(profile).getAssignee());
    assertTrue(structure.tree("admin").stream().noneMatch(u -> u.getCode().equals(form.getCode())));
  }

  @Test
  void aUnitIsNeverPlacedBeneathItselfAndAManagerIsAMemberOfManagers() {
    String manager = newManager();
    String top = newUnit(manager, "admin");
    UnitForm below = form("it-below-" + manager.substring(1), manager);
    below.setParentCode(top);
    structure.create(below, "admin");

    UnitForm loop = UnitForm.of(structure.unit("admin", top));
    loop.setParentCode(below.getCode());
    loop.setWhy("A loop");
    assertThrows(UnitCycle.class, () -> structure.change(top, loop, "admin"));

    UnitForm notAManager = UnitForm.of(structure.unit("admin", top));
    notAManager.setManagerId("sanna");
    notAManager.setWhy("Sanna is staff only");
    assertThrows(InvalidRequestException.class, () -> structure.change(top, notAManager, "admin"));

    OrganisationUnit unchanged = structure.unit("admin", top);
    assertEquals(null, unchanged.parentCode());
    assertEquals(manager, unchanged.getManagerId());
    assertEquals(1, structure.unit("admin", below.getCode()).depth());
  }

  private List<String> recipients(String taskId) {
    return outbox.rows("task/" + taskId + "/%").stream().map(OutboxRows.Row::recipient).toList();
  }

  private org.camunda.bpm.engine.task.Task decisionOf(Profile profile) {
    return fixture.taskOf(profile, MANAGER_DECISION);
  }

  /** A person in staff and managers, with a unit of their own that the test does not use. */
  private String newManager() {
    String manager = "m" + UUID.randomUUID().toString().substring(0, 8);
    fixture.ownUnit(manager);
    return manager;
  }

  /** A unit created through the boundary, as the portal creates it. */
  private String newUnit(String manager, String actor) {
    UnitForm form = form("it-unit-" + manager.substring(1), manager);
    return structure.create(form, actor).getCode();
  }

  private static UnitForm form(String code, String manager) {
    UnitForm form = new UnitForm();
    form.setCode(code);
    form.setNameFi("Yksikkö " + code);
    form.setNameSv("Enhet " + code);
    form.setNameEn("Unit " + code);
    form.setManagerId(manager);
    form.setWhy("Set up for the test");
    return form;
  }
}
