package fi.virkaprofiili.accountimport.boundary;

import fi.virkaprofiili.accountimport.control.AccountRow;
import fi.virkaprofiili.accountimport.control.CsvFile;
import fi.virkaprofiili.accountimport.control.ImportRecords;
import fi.virkaprofiili.accountimport.control.ImportRun;
import fi.virkaprofiili.accountimport.entity.AccountImport;
import fi.virkaprofiili.accountimport.entity.ImportColumn;
import fi.virkaprofiili.accountimport.entity.ImportOutcome;
import fi.virkaprofiili.accountimport.entity.ImportRow;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.Rows;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Communications imports the accounts the organisation already has (R13) from a CSV file. The file
 * is read at once, so that a file that cannot be imported is refused before anything is stored; its
 * rows are then taken in the background, each in a transaction of its own, and the import's record
 * shows how far it has got and, afterwards, what became of each row.
 */
@Stateless
public class AccountImports {

  private static final Logger LOG = Logger.getLogger(AccountImports.class.getName());

  /** What the upload accepts; about 5,000 rows of a full template. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  public static final int MAX_ROWS = 10_000;

  @PersistenceContext private EntityManager em;
  @Inject private ImportRun run;
  @Inject private ImportRecords records;
  @Inject private TaskAccess access;
  @Inject private OrganisationTime time;

  /**
   * Reads the file and starts taking its rows in. Returns at once with the import's record; its
   * counts grow as rows are done. Nothing is stored when the file cannot be read.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AccountImport start(
      @NotNull byte[] content, @NotBlank String fileName, @NotBlank String userId) {
    requireCommunications(userId, "import accounts");
    if (content.length > MAX_BYTES) {
      throw new ImportFileRefused(
          "import.file.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
    }
    List<AccountRow> rows = rowsOf(content);
    AccountImport started = records.open(fileName, userId, rows.size());
    LOG.info(
        userId
            + " started import "
            + started.getId()
            + " of "
            + rows.size()
            + " rows from "
            + started.getFileName());
    if (!rows.isEmpty()) {
      // Only after the record is committed, so that the background work finds it.
      run.run(started.getId(), rows, userId);
    }
    return started;
  }

  private static List<AccountRow> rowsOf(byte[] content) {
    CsvFile file;
    try {
      file = CsvFile.read(content);
    } catch (CsvFile.Unreadable e) {
      throw new ImportFileRefused(e.messageKey(), e.row() > 0 ? String.valueOf(e.row()) : null);
    }
    List<ImportColumn> header = new ArrayList<>();
    for (String name : file.header()) {
      ImportColumn column =
          ImportColumn.named(name)
              .orElseThrow(() -> new ImportFileRefused("import.file.unknownColumn", name.strip()));
      if (header.contains(column)) {
        throw new ImportFileRefused("import.file.repeatedColumn", column.header());
      }
      header.add(column);
    }
    Set<ImportColumn> missing = EnumSet.copyOf(ImportColumn.required());
    header.forEach(missing::remove);
    if (!missing.isEmpty()) {
      throw new ImportFileRefused(
          "import.file.missingColumns",
          missing.stream().map(ImportColumn::header).collect(Collectors.joining(", ")));
    }
    if (file.rows().size() > MAX_ROWS) {
      throw new ImportFileRefused("import.file.tooManyRows", String.valueOf(MAX_ROWS));
    }
    return file.rows().stream().map(row -> AccountRow.read(row, header)).toList();
  }

  /** An import's record as it stands, for its progress and its counts. */
  public AccountImport progress(long importId, @NotBlank String userId) {
    requireCommunications(userId, "follow an import");
    AccountImport accountImport = em.find(AccountImport.class, importId);
    if (accountImport == null) {
      throw new NotFoundException("import.unknown", "No import " + importId);
    }
    em.refresh(accountImport);
    return accountImport;
  }

  /** The rows of an import, in the file's order; only the refused and duplicate ones when asked. */
  public List<ImportRow> rows(
      long importId,
      boolean onlyNotAccepted,
      @Min(0) int first,
      @Min(1) @Max(500) int max,
      @NotBlank String userId) {
    progress(importId, userId);
    var query =
        onlyNotAccepted
            ? em.createNamedQuery(ImportRow.OF_IMPORT_WITH_OUTCOME, ImportRow.class)
                .setParameter("outcomes", List.of(ImportOutcome.REJECTED, ImportOutcome.DUPLICATE))
            : em.createNamedQuery(ImportRow.OF_IMPORT, ImportRow.class);
    return query
        .setParameter("importId", importId)
        .setFirstResult(Rows.first(first))
        .setMaxResults(max)
        .getResultList();
  }

  /** The newest imports, so that an earlier report can be reopened. */
  public List<AccountImport> newest(@Min(1) @Max(100) int max, @NotBlank String userId) {
    requireCommunications(userId, "see imports");
    return em.createNamedQuery(AccountImport.NEWEST, AccountImport.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The columns a file may have, in the template's order. */
  public List<ImportColumn> columns() {
    return List.of(ImportColumn.values());
  }

  /**
   * A file to fill in: the header, and one example row (semicolons, with a byte order mark, for
   * Excel).
   */
  public byte[] template() {
    List<ImportColumn> columns = List.of(ImportColumn.values());
    String header = columns.stream().map(ImportColumn::header).collect(Collectors.joining(";"));
    String example =
        columns.stream()
            .map(column -> CsvFile.field(column.example(), ';'))
            .collect(Collectors.joining(";"));
    return ("\uFEFF" + header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private void requireCommunications(String userId, String what) {
    if (!access.isMember(userId, Roles.COMMUNICATIONS)) {
      String message =
          "Refused: " + userId + " may not " + what + ": only communications imports accounts";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
  }
}
