package fi.virkaprofiili.accountimport.control;

import static fi.virkaprofiili.accountimport.entity.ImportColumn.*;

import fi.virkaprofiili.accountimport.entity.RowProblem;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;

/**
 * Works through an import's rows in the background, one transaction per row, so that the page that
 * started it can show its progress and a large file is not bound to one request. The checks against
 * what is stored run before a row's transaction: a refused row writes only why.
 *
 * <p>One import runs at a time: an import started while another runs waits for it, and then finds
 * every account the first one listed, so overlapping files uploaded together list each account once
 * and the later one reports the rest as already in the registry. The accepted row's unique account
 * key ({@link RowImport}) holds the same where this lock does not reach, such as two servers on one
 * database.
 */
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(-1)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRun {

  private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());

  @Inject private RowImport rowImport;
  @Inject private Validator validator;
  @Inject private OrganisationUnits units;
  @Inject private ProposalService proposals;
  @Inject private IdentityService identityService;

  @Asynchronous
  public void run(long importId, List<AccountRow> rows, String importedBy) {
    for (AccountRow row : rows) {
      take(importId, row, importedBy);
    }
    LOG.info(
        "Import "
            + importId
            + " by "
            + importedBy
            + " has gone through its "
            + rows.size()
            + " rows");
  }

  private void take(long importId, AccountRow row, String importedBy) {
    row.checkedBy(validator);
    if (row.problems().isEmpty()) {
      checkAgainstWhatIsStored(row);
    }
    if (!row.problems().isEmpty()) {
      reject(importId, row, row.problems());
      return;
    }
    try {
      rowImport.accept(importId, row, row.owner().orElse(importedBy));
    } catch (EJBException
        | IllegalArgumentException
        | IllegalStateException
        | BusinessException e) {
      // The row's transaction is rolled back whole. If the account is in the registry now, it was
      // listed meanwhile from elsewhere (another server's import) and this row failed on its key.
      if (rowImport.duplicateIfListed(importId, row)) {
        LOG.info(
            "Import " + importId + " row " + row.rowNumber() + " was listed meanwhile elsewhere");
        return;
      }
      LOG.log(Level.WARNING, "Import " + importId + " could not take row " + row.rowNumber(), e);
      reject(importId, row, List.of(RowProblem.of(null, "import.row.failed")));
    }
  }

  private void checkAgainstWhatIsStored(AccountRow row) {
    try {
      units.byCode(row.proposal().getUnitCode());
    } catch (BusinessException unknown) {
      row.refuse(
          new RowProblem(UNIT_CODE.header(), unknown.messageKey(), row.proposal().getUnitCode()));
    }
    try {
      proposals.requireKnownExpert(row.proposal());
    } catch (BusinessException unknown) {
      row.refuse(
          new RowProblem(
              EXPERT_USER_ID.header(), unknown.messageKey(), row.proposal().getExpertUserId()));
    }
    row.owner()
        .filter(owner -> identityService.createUserQuery().userId(owner).count() == 0)
        .ifPresent(
            owner -> row.refuse(new RowProblem(OWNER.header(), "import.owner.unknown", owner)));
  }

  private void reject(long importId, AccountRow row, List<RowProblem> problems) {
    rowImport.reject(
        importId, row.rowNumber(), row.name(), row.accountAddressAsWritten(), problems);
  }
}
