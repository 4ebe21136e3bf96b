package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.MANAGER_DECISION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.virkaprofiili.organisation.boundary.UnitImportRun;
import fi.virkaprofiili.organisation.boundary.UnitImports;
import fi.virkaprofiili.organisation.boundary.UnitImports.Outcome;
import fi.virkaprofiili.organisation.boundary.UnitImports.RowResult;
import fi.virkaprofiili.organisation.boundary.UnitStructure;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.UnitEvent;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Units loaded from a CSV file on the real WAR: each row is taken or refused on its own, with why,
 * a parent before its units, and a changed manager takes the unit's open decisions.
 */
@ExtendWith(ArquillianExtension.class)
class UnitImportIT {

  @Inject private UnitImports imports;
  @Inject private UnitStructure structure;
  @Inject private ProposalService proposals;
  @Inject private LifecycleFixture fixture;

  @Test
  void eachRowIsCreatedChangedOrRefusedOnItsOwnAndTheReportSaysWhy() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String first = "m" + suffix;
    String second = "n" + suffix;
    fixture.ownUnit(first);
    fixture.ownUnit(second);
    String existing = "it-" + first;
    Proposal proposal = LifecycleFixture.proposal("Imported manager " + suffix);
    proposal.setUnitCode(existing);
    Profile profile = proposals.submit(proposal, "sanna");
    String top = "top-" + suffix;
    String below = "below-" + suffix;
    String csv =
        String.join(
            "\r\n",
            "code;name_fi;name_sv;name_en;parent_code;manager",
            top + ";Ylä " + suffix + ";Över " + suffix + ";Top " + suffix + ";;" + first,
            below + ";Ala;Under;Below;" + top + ";" + first,
            existing + ";Uusi nimi;Nytt namn;New name;" + top + ";" + second,
            "Bad Code;Nimi;Namn;Name;;" + first,
            "staff-" + suffix + ";Nimi;Namn;Name;;sanna",
            "orphan-" + suffix + ";Nimi;Namn;Name;nowhere-" + suffix + ";" + first,
            top + ";Ylä " + suffix + ";Över " + suffix + ";Top " + suffix + ";;" + first,
            "");

    UnitImports.Report report =
        imports.load(csv.getBytes(StandardCharsets.UTF_8), "units.csv", "tiina");

    List<RowResult> rows = report.rows();
    assertEquals(7, rows.size());
    assertEquals(new RowResult(2, top, Outcome.CREATED, null, null), rows.get(0));
    assertEquals(new RowResult(3, below, Outcome.CREATED, null, null), rows.get(1));
    assertEquals(new RowResult(4, existing, Outcome.CHANGED, null, null), rows.get(2));
    assertEquals(Outcome.REFUSED, rows.get(3).outcome());
    assertEquals("unit.code.invalid", rows.get(3).reasonKey());
    assertEquals(
        new RowResult(6, "staff-" + suffix, Outcome.REFUSED, "unit.managerNotManager", "sanna"),
        rows.get(4));
    assertEquals(Outcome.REFUSED, rows.get(5).outcome());
    assertEquals("error.unknownUnit", rows.get(5).reasonKey());
    assertEquals(new RowResult(8, top, Outcome.UNCHANGED, null, null), rows.get(6));
    assertEquals(2, report.count(Outcome.CREATED));
    assertEquals(3, report.count(Outcome.REFUSED));

    OrganisationUnit changed = structure.unit("tiina", existing);
    assertEquals("New name", changed.name(Locale.ENGLISH));
    assertEquals(top, changed.parentCode());
    assertEquals(second, changed.getManagerId());
    assertEquals(
        second,
        fixture.taskOf(profile, MANAGER_DECISION).getAssignee(),
        "the unit's new manager has its open decision");
    assertEquals(1, structure.unit("tiina", below).depth());
    UnitEvent created = structure.history("tiina", below).get(0);
    assertEquals("tiina", created.getActorId());
    assertEquals("units.csv, row 3", created.getReason());
    assertFalse(structure.exists("staff-" + suffix));
    assertFalse(structure.exists("orphan-" + suffix));
  }

  @Test
  void aFileStartedInTheBackgroundReportsItsProgressAndEndsWithTheSameReport() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String manager = "b" + suffix;
    fixture.ownUnit(manager);
    StringBuilder csv = new StringBuilder("code;name_fi;name_sv;name_en;parent_code;manager\r\n");
    for (int i = 0; i < 30; i++) {
      csv.append("bg-" + i + "-" + suffix + ";Yks " + i + ";Enh " + i + ";Unit " + i + ";;")
          .append(manager)
          .append("\r\n");
    }
    csv.append("Bad Code;Nimi;Namn;Name;;" + manager + "\r\n");

    UnitImportRun run =
        imports.start(csv.toString().getBytes(StandardCharsets.UTF_8), "many.csv", "tiina");

    assertEquals(31, run.getRowCount());
    assertEquals("many.csv", run.getFileName());
    LifecycleFixture.await(() -> run.isFinished() ? true : null, "the rows were not all taken");
    assertEquals(100, run.getPercentDone());
    UnitImports.Report report = run.report();
    assertEquals(31, report.rows().size());
    assertEquals(30, report.count(Outcome.CREATED));
    assertEquals(1, report.count(Outcome.REFUSED));
    assertTrue(structure.exists("bg-29-" + suffix));
    assertThrows(
        NotPermittedException.class,
        () -> imports.start(csv.toString().getBytes(StandardCharsets.UTF_8), "x.csv", "sanna"));
  }

  @Test
  void aFileWithoutTheRequiredColumnsChangesNothingAndOnlyTheirRolesMayLoad() {
    String code = "nocolumn-" + UUID.randomUUID().toString().substring(0, 8);
    byte[] noManager =
        ("code;name_fi;name_sv;name_en\r\n" + code + ";A;B;C\r\n").getBytes(StandardCharsets.UTF_8);

    InvalidRequestException refused =
        assertThrows(
            InvalidRequestException.class, () -> imports.load(noManager, "bad.csv", "admin"));
    assertEquals("import.file.missingColumns", refused.messageKey());
    assertThrows(
        NotPermittedException.class, () -> imports.load(imports.template(), "t.csv", "sanna"));
    assertFalse(structure.exists(code));
    assertTrue(new String(imports.template(), StandardCharsets.UTF_8).contains("parent_code"));
  }
}
