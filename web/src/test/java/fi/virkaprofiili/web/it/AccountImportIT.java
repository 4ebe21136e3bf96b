package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.accountimport.boundary.AccountImports;
import fi.virkaprofiili.accountimport.boundary.ImportFileRefused;
import fi.virkaprofiili.accountimport.entity.AccountImport;
import fi.virkaprofiili.accountimport.entity.ImportOutcome;
import fi.virkaprofiili.accountimport.entity.ImportRow;
import fi.virkaprofiili.accountimport.entity.RowProblem;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.profile.entity.account.AccountAddress;
import fi.virkaprofiili.registry.boundary.Registry;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An import through the boundary in the deployed application: good rows are listed and start their
 * lifecycle in use, bad rows are reported with why, and the same file again adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AccountImportIT {

  @Inject private AccountImports imports;
  @Inject private Registry registry;
  @Inject private ProcessEngine engine;

  private static final String HEADER =
      "unit_code;channel;name;account_address;kind;purpose;target_audiences;planned_content;"
          + "promotion;success_evaluation;administrators;hours_per_week;update_frequency;private_message_handling;"
          + "terms_of_use_url;terms_checked_on;languages;response_hours;official_contact;campaign_ends_on";

  @Test
  void goodRowsAreListedInUseBadOnesAreReportedAndTheSameFileAgainAddsNothing() throws Exception {
    String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String museum = "Museo " + tag;
    String campaign = "Kampanja " + tag;
    byte[] file =
        ("\uFEFF"
                + HEADER
                + "\r\n"
                + row(
                    "culture",
                    "INSTAGRAM",
                    museum,
                    "https://www.instagram.com/museo_" + tag,
                    "ORGANISATION",
                    "")
                + "\r\n"
                + row(
                    "culture",
                    "facebook",
                    campaign,
                    "https://www.facebook.com/kampanja" + tag,
                    "campaign",
                    new OrganisationTime().today().plusMonths(2).toString())
                + "\r\n"
                + row("culture", "myspace", "", "https://example.org/x", "ORGANISATION", "")
                + "\r\n"
                + row(
                    "culture",
                    "INSTAGRAM",
                    "Sama museo " + tag,
                    "@Museo_" + tag,
                    "ORGANISATION",
                    "")
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8);

    AccountImport first = finished(imports.start(file, "tilit.csv", "tiina"));

    assertEquals(
        List.of(4, 2, 1, 1),
        List.of(
            first.getRowCount(), first.getAccepted(), first.getRejected(), first.getDuplicates()));
    List<ImportRow> rows = imports.rows(first.getId(), false, 0, 100, "tiina");
    assertEquals(List.of(2, 3, 4, 5), rows.stream().map(ImportRow::getRowNumber).toList());
    assertEquals(
        List.of(
            ImportOutcome.ACCEPTED,
            ImportOutcome.ACCEPTED,
            ImportOutcome.REJECTED,
            ImportOutcome.DUPLICATE),
        rows.stream().map(ImportRow::getOutcome).toList());
    assertTrue(
        rows.get(2)
            .getProblems()
            .containsAll(
                List.of(
                    new RowProblem("channel", "import.value.channel", "myspace"),
                    RowProblem.of("name", "proposal.name.required"))),
        "the refused row says why: " + rows.get(2).getProblems());
    assertEquals(
        rows.get(0).getProfileId(),
        rows.get(3).getProfileId(),
        "the duplicate names the profile already listed");

    for (String address :
        List.of(
            "https://www.instagram.com/museo_" + tag, "https://www.facebook.com/kampanja" + tag)) {
      Profile listed =
          registry.profileAt(AccountAddress.parse(address).orElseThrow()).orElseThrow();
      assertEquals(ProfileState.LISTED, listed.getState());
      assertEquals("tiina", listed.getProposerId());
      assertTrue(
          listed.getEvents().stream()
              .map(e -> e.getType())
              .toList()
              .containsAll(List.of(ProfileEventType.IMPORTED, ProfileEventType.LISTED)));
      assertTrue(
          inUse(listed),
          "the lifecycle of " + listed.getName() + " waits in use for its first review");
    }
    Profile campaignProfile =
        registry
            .profileAt(
                AccountAddress.parse("https://www.facebook.com/kampanja" + tag).orElseThrow())
            .orElseThrow();
    assertEquals(
        1,
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(campaignProfile.getProcessInstanceId())
            .activityId(CAMPAIGN_PERIOD_ENDED)
            .timers()
            .count(),
        "a campaign waits for the end of its period");

    long processesBefore =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .count();
    AccountImport again = finished(imports.start(file, "tilit.csv", "tiina"));

    assertEquals(
        List.of(0, 1, 3), List.of(again.getAccepted(), again.getRejected(), again.getDuplicates()));
    assertEquals(
        List.of(
            ImportOutcome.DUPLICATE,
            ImportOutcome.DUPLICATE,
            ImportOutcome.REJECTED,
            ImportOutcome.DUPLICATE),
        imports.rows(again.getId(), true, 0, 100, "tiina").stream()
            .map(ImportRow::getOutcome)
            .toList());
    assertEquals(2, profilesNamed(tag), "nothing was listed twice");
    assertEquals(
        processesBefore,
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .count(),
        "no lifecycle was started again");
    List<Long> newest = imports.newest(5, "tiina").stream().map(AccountImport::getId).toList();
    assertTrue(
        newest.containsAll(List.of(first.getId(), again.getId())),
        "both imports are kept to reopen");
  }

  /**
   * Two people upload overlapping files at the same moment, and still each account enters the
   * registry once: the import that comes second to an account reports that row as already listed,
   * naming the profile the other one listed.
   */
  @Test
  void twoImportsOfOverlappingFilesAtOnceListEachAccountOnce() throws Exception {
    String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    int shared = 20;
    int extra = 5;
    StringBuilder first = new StringBuilder(HEADER).append('\n');
    StringBuilder second = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < shared + extra; i++) {
      String line =
          row(
                  "culture",
                  "INSTAGRAM",
                  "Yhteinen " + i + " " + tag,
                  "https://www.instagram.com/yhteinen" + i + "_" + tag,
                  "ORGANISATION",
                  "")
              + "\n";
      if (i < shared) {
        first.append(line);
      }
      second.append(line);
    }

    AccountImport one =
        imports.start(
            first.toString().getBytes(StandardCharsets.UTF_8), "ensimmainen.csv", "tiina");
    AccountImport other =
        imports.start(second.toString().getBytes(StandardCharsets.UTF_8), "toinen.csv", "tiina");
    one = finished(one);
    other = finished(other);

    assertEquals(shared + extra, profilesNamed(tag), "each account was listed once");
    assertEquals(
        List.of(shared + extra, shared, 0),
        List.of(
            one.getAccepted() + other.getAccepted(),
            one.getDuplicates() + other.getDuplicates(),
            one.getRejected() + other.getRejected()),
        "every row of both files was taken once or reported as already listed");
    for (AccountImport done : List.of(one, other)) {
      for (ImportRow row : imports.rows(done.getId(), false, 0, 100, "tiina")) {
        Profile listed =
            registry
                .profileAt(AccountAddress.parse(row.getAccountAddress()).orElseThrow())
                .orElseThrow();
        assertEquals(
            listed.getId(),
            row.getProfileId(),
            "row "
                + row.getRowNumber()
                + " of "
                + done.getFileName()
                + " names the one profile of its account");
      }
    }
  }

  @Test
  void onlyCommunicationsImportsOrSeesImports() throws Exception {
    byte[] file = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);

    assertThrows(NotPermittedException.class, () -> imports.start(file, "tilit.csv", "sanna"));
    assertThrows(NotPermittedException.class, () -> imports.newest(5, "sanna"));
    AccountImport empty = imports.start(file, "tyhja.csv", "tiina");
    assertTrue(empty.isFinished());
    assertThrows(NotPermittedException.class, () -> imports.progress(empty.getId(), "markus"));
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWholeAndNothingIsStored() {
    int before = imports.newest(100, "tiina").size();
    byte[] missingColumn =
        "unit_code;channel;name\nculture;X;Uutiset\n".getBytes(StandardCharsets.UTF_8);
    byte[] unknownColumn = (HEADER + ";colour\n").getBytes(StandardCharsets.UTF_8);

    ImportFileRefused missing =
        assertThrows(
            ImportFileRefused.class, () -> imports.start(missingColumn, "vajaa.csv", "tiina"));
    assertEquals("import.file.missingColumns", missing.messageKey());
    assertTrue(
        missing.detail().contains("account_address") && missing.detail().contains("administrators"),
        missing.detail());
    ImportFileRefused unknown =
        assertThrows(
            ImportFileRefused.class, () -> imports.start(unknownColumn, "outo.csv", "tiina"));
    assertEquals("colour", unknown.detail());
    assertEquals(before, imports.newest(100, "tiina").size());
  }

  private static String row(
      String unit, String channel, String name, String address, String kind, String campaignEnds) {
    return String.join(
        ";",
        unit,
        channel,
        name,
        address,
        kind,
        "Tapahtumat ja uutiset kuntalaisille.",
        "Kuntalaiset",
        "Tapahtumat ja kuvat",
        "Verkkosivut",
        "Seuraajat ja palaute",
        "\"Maija Meikäläinen, museolehtori; kokoelmat, maija@example.org | Matti Virtanen, tiedottaja\"",
        "2,5",
        "SEVERAL_TIMES_A_WEEK",
        "Vastataan arkisin.",
        "https://help.instagram.com/581066165581870",
        "15.1.2026",
        "FI SV",
        "Arkisin 8-16",
        "kirjaamo@example.org",
        campaignEnds);
  }

  private AccountImport finished(AccountImport started) throws InterruptedException {
    return LifecycleFixture.await(
        () -> {
          AccountImport now = imports.progress(started.getId(), "tiina");
          return now.isFinished() ? now : null;
        },
        "import " + started.getId() + " did not finish");
  }

  private boolean inUse(Profile profile) {
    return engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(profile.getProcessInstanceId())
                .processInstanceBusinessKey(profile.getId().toString())
                .active()
                .count()
            == 1
        && engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(profile.getProcessInstanceId())
                .activityId(REVIEW_DUE)
                .timers()
                .count()
            == 1;
  }

  private long profilesNamed(String tag) {
    return registry.publicProfiles().stream().filter(p -> p.getName().endsWith(tag)).count();
  }
}
