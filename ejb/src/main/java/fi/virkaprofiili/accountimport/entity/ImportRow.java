package fi.virkaprofiili.accountimport.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** What became of one row of an import, and why. Written once, when the row is done. */
@Entity
@Table(name = "IMPORT_ROW")
@NamedQuery(
    name = ImportRow.OF_IMPORT,
    query = "select r from ImportRow r where r.accountImport.id = :importId order by r.rowNumber")
@NamedQuery(
    name = ImportRow.OF_IMPORT_WITH_OUTCOME,
    query =
        "select r from ImportRow r where r.accountImport.id = :importId and r.outcome in :outcomes order by r.rowNumber")
public class ImportRow {

  public static final String OF_IMPORT = "ImportRow.ofImport";
  public static final String OF_IMPORT_WITH_OUTCOME = "ImportRow.ofImportWithOutcome";

  @Id
  @SequenceGenerator(name = "importRowIds", sequenceName = "IMPORT_ROW_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "importRowIds")
  @Column(name = "ID")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "IMPORT_ID")
  private AccountImport accountImport;

  @Column(name = "ROW_NO", nullable = false)
  private int rowNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "OUTCOME", nullable = false, length = 16)
  private ImportOutcome outcome;

  @Column(name = "NAME", length = 120)
  private String name;

  @Column(name = "ACCOUNT_ADDRESS", length = 2048)
  private String accountAddress;

  @Column(name = "PROFILE_ID")
  private Long profileId;

  /**
   * The registry's key of the account an accepted row listed, unique: two imports that list one
   * account at the same time cannot both commit.
   */
  @Column(name = "LISTED_ACCOUNT_KEY", length = 2048, unique = true, updatable = false)
  private String listedAccountKey;

  @ElementCollection
  @CollectionTable(name = "IMPORT_ROW_PROBLEM", joinColumns = @JoinColumn(name = "ROW_ID"))
  @OrderColumn(name = "POSITION")
  private List<RowProblem> problems = new ArrayList<>();

  protected ImportRow() {}

  ImportRow(
      AccountImport accountImport,
      int rowNumber,
      ImportOutcome outcome,
      String name,
      String accountAddress,
      Long profileId,
      String listedAccountKey,
      List<RowProblem> problems) {
    if ((outcome == ImportOutcome.ACCEPTED)
        != (listedAccountKey != null && !listedAccountKey.isBlank())) {
      throw new IllegalArgumentException("Exactly an accepted row names the account it listed");
    }
    this.listedAccountKey = listedAccountKey;
    this.accountImport = Objects.requireNonNull(accountImport, "accountImport");
    this.rowNumber = rowNumber;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.name = clip(name, 120);
    this.accountAddress = clip(accountAddress, 2048);
    this.profileId = profileId;
    this.problems = new ArrayList<>(problems);
  }

  private static String clip(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public int getRowNumber() {
    return rowNumber;
  }

  public ImportOutcome getOutcome() {
    return outcome;
  }

  public String getName() {
    return name;
  }

  public String getAccountAddress() {
    return accountAddress;
  }

  /** The profile listed from this row, or for a duplicate the one already listed. */
  /** The key of the account this row listed; null unless it was accepted. */
  public String getListedAccountKey() {
    return listedAccountKey;
  }

  public Long getProfileId() {
    return profileId;
  }

  public List<RowProblem> getProblems() {
    return Collections.unmodifiableList(problems);
  }
}
