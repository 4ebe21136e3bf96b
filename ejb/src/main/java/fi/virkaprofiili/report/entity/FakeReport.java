package fi.virkaprofiili.report.entity;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A report of an account suspected to pose as an official profile (R9), and what came of it. */
@Entity
@Table(name = "FAKE_REPORT")
@NamedQuery(
    name = FakeReport.BY_PROCESSES,
    query = "select r from FakeReport r where r.processInstanceId in :processes")
@NamedQuery(
    name = FakeReport.PROCESSES_NAMED,
    query =
        "select r.processInstanceId from FakeReport r where r.processInstanceId is not null"
            + " and lower(r.reportedAddress) like :name escape '\\'")
@NamedQuery(
    name = FakeReport.PROCESSES_NAMED_ON_CHANNEL,
    query =
        "select r.processInstanceId from FakeReport r where r.processInstanceId is not null"
            + " and r.channel = :channel and lower(r.reportedAddress) like :name escape '\\'")
public class FakeReport {

  /** The reports of the processes {@code :processes}. */
  public static final String BY_PROCESSES = "FakeReport.byProcesses";

  /** The processes of reports whose address contains {@code :name}, lower case, LIKE-escaped. */
  public static final String PROCESSES_NAMED = "FakeReport.processesNamed";

  /** As {@link #PROCESSES_NAMED}, of the reports on {@code :channel}. */
  public static final String PROCESSES_NAMED_ON_CHANNEL = "FakeReport.processesNamedOnChannel";

  public static final int ADDRESS_MAX = 2048;
  public static final int TEXT_MAX = 2000;
  public static final int CONTACT_MAX = 254;

  @Id
  @SequenceGenerator(name = "fakeReportIds", sequenceName = "FAKE_REPORT_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fakeReportIds")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private int version;

  @Column(name = "REPORTED_ADDRESS", nullable = false, length = ADDRESS_MAX)
  private String reportedAddress;

  @Column(name = "ACCOUNT_KEY", length = ADDRESS_MAX)
  private String accountKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "CHANNEL")
  private Channel channel;

  @Column(name = "DESCRIPTION", nullable = false, length = TEXT_MAX)
  private String description;

  @Column(name = "REPORTER_CONTACT", length = CONTACT_MAX)
  private String reporterContact;

  @Column(name = "REPORTED_BY")
  private String reportedBy;

  @Column(name = "REPORTED_AT", nullable = false)
  private Instant reportedAt;

  /** The listed profile the address belongs to, when the reported account is in fact official. */
  @ManyToOne
  @JoinColumn(name = "KNOWN_PROFILE_ID")
  private Profile knownProfile;

  @Column(name = "PROCESS_INSTANCE_ID")
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "OUTCOME")
  private ReportOutcome outcome;

  @Column(name = "OUTCOME_NOTE", length = TEXT_MAX)
  private String outcomeNote;

  @Column(name = "INVESTIGATED_BY")
  private String investigatedBy;

  @Column(name = "INVESTIGATED_AT")
  private Instant investigatedAt;

  @Column(name = "RECORDED_AT")
  private Instant recordedAt;

  protected FakeReport() {}

  public FakeReport(
      String reportedAddress,
      String accountKey,
      Channel channel,
      String description,
      String reporterContact,
      String reportedBy,
      Profile knownProfile,
      Instant reportedAt) {
    this.reportedAddress = requireText(reportedAddress, "reportedAddress");
    this.accountKey = accountKey;
    this.channel = channel;
    this.description = requireText(description, "description");
    this.reporterContact = blankToNull(reporterContact);
    this.reportedBy = blankToNull(reportedBy);
    this.knownProfile = knownProfile;
    this.reportedAt = Objects.requireNonNull(reportedAt, "reportedAt");
  }

  /** The number the reporter quotes; it names the report and nothing else. */
  public String getReference() {
    return id == null ? null : "R-" + id;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = requireText(processInstanceId, "processInstanceId");
  }

  /** Communications has investigated the report and acted on it. */
  public void investigate(ReportOutcome outcome, String note, String investigatorId, Instant at) {
    if (this.outcome != null) {
      throw new IllegalStateException("Report " + getReference() + " was already investigated");
    }
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.outcomeNote = blankToNull(note);
    this.investigatedBy = requireText(investigatorId, "investigatorId");
    this.investigatedAt = Objects.requireNonNull(at, "at");
  }

  /** The outcome is on the registry's record; done once, however often the job runs. */
  public void markRecorded(Instant at) {
    if (outcome == null) {
      throw new IllegalStateException("Report " + getReference() + " has no outcome to record");
    }
    if (recordedAt == null) {
      recordedAt = at;
    }
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  public String getReportedAddress() {
    return reportedAddress;
  }

  public String getAccountKey() {
    return accountKey;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getDescription() {
    return description;
  }

  public String getReporterContact() {
    return reporterContact;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Profile getKnownProfile() {
    return knownProfile;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public ReportOutcome getOutcome() {
    return outcome;
  }

  public String getOutcomeNote() {
    return outcomeNote;
  }

  public String getInvestigatedBy() {
    return investigatedBy;
  }

  public Instant getInvestigatedAt() {
    return investigatedAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
