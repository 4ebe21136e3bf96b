package fi.virkaprofiili.accountimport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One upload of existing accounts: who imported which file when, and how far it has got. Its counts
 * move with each row, in that row's transaction, so they always agree with the rows stored.
 */
@Entity
@Table(name = "ACCOUNT_IMPORT")
@NamedQuery(
    name = AccountImport.NEWEST,
    query = "select i from AccountImport i order by i.startedAt desc, i.id desc")
public class AccountImport {

  public static final String NEWEST = "AccountImport.newest";
  public static final int FILE_NAME_MAX = 255;

  @Id
  @SequenceGenerator(
      name = "accountImportIds",
      sequenceName = "ACCOUNT_IMPORT_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accountImportIds")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private int version;

  @Column(name = "FILE_NAME", nullable = false, length = FILE_NAME_MAX)
  private String fileName;

  @Column(name = "IMPORTED_BY", nullable = false, length = 64)
  private String importedBy;

  @Column(name = "STARTED_AT", nullable = false)
  private Instant startedAt;

  @Column(name = "FINISHED_AT")
  private Instant finishedAt;

  @Column(name = "ROW_COUNT", nullable = false)
  private int rowCount;

  @Column(name = "ACCEPTED", nullable = false)
  private int accepted;

  @Column(name = "REJECTED", nullable = false)
  private int rejected;

  @Column(name = "DUPLICATES", nullable = false)
  private int duplicates;

  protected AccountImport() {}

  public AccountImport(String fileName, String importedBy, int rowCount, Instant startedAt) {
    if (fileName == null
        || fileName.isBlank()
        || importedBy == null
        || importedBy.isBlank()
        || rowCount < 0) {
      throw new IllegalArgumentException("An import has a file, an importer and a number of rows");
    }
    String name = fileName.strip();
    this.fileName =
        name.length() <= FILE_NAME_MAX ? name : name.substring(name.length() - FILE_NAME_MAX);
    this.importedBy = importedBy;
    this.rowCount = rowCount;
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    if (rowCount == 0) {
      finishedAt = startedAt;
    }
  }

  /** The row was listed as the given profile. */
  public ImportRow accepted(
      int rowNumber, String name, String address, String accountKey, long profileId, Instant at) {
    return done(
        new ImportRow(
            this,
            rowNumber,
            ImportOutcome.ACCEPTED,
            name,
            address,
            profileId,
            accountKey,
            List.of()),
        at);
  }

  /** The row broke these rules; nothing of it was stored. */
  public ImportRow rejected(
      int rowNumber, String name, String address, List<RowProblem> problems, Instant at) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A rejected row says why");
    }
    return done(
        new ImportRow(this, rowNumber, ImportOutcome.REJECTED, name, address, null, null, problems),
        at);
  }

  /** The row's account is already in the registry as the given profile; nothing was added. */
  public ImportRow duplicate(
      int rowNumber, String name, String address, long existingProfileId, Instant at) {
    return done(
        new ImportRow(
            this,
            rowNumber,
            ImportOutcome.DUPLICATE,
            name,
            address,
            existingProfileId,
            null,
            List.of()),
        at);
  }

  private ImportRow done(ImportRow row, Instant at) {
    if (isFinished()) {
      throw new IllegalStateException(
          "Import " + id + " already has all its " + rowCount + " rows");
    }
    switch (row.getOutcome()) {
      case ACCEPTED -> accepted++;
      case REJECTED -> rejected++;
      case DUPLICATE -> duplicates++;
    }
    if (getProcessed() == rowCount) {
      finishedAt = Objects.requireNonNull(at, "at");
    }
    return row;
  }

  public boolean isFinished() {
    return finishedAt != null;
  }

  /** Rows done so far, whatever became of them. */
  public int getProcessed() {
    return accepted + rejected + duplicates;
  }

  /** How far the import has got, 0 to 100. */
  public int getPercentDone() {
    return rowCount == 0 ? 100 : (int) (100L * getProcessed() / rowCount);
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getRowCount() {
    return rowCount;
  }

  public int getAccepted() {
    return accepted;
  }

  public int getRejected() {
    return rejected;
  }

  public int getDuplicates() {
    return duplicates;
  }
}
