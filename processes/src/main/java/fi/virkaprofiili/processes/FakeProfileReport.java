package fi.virkaprofiili.processes;

/**
 * The contract of {@code fake-profile-report.bpmn}: its key, the element ids that task forms and
 * tests key on, the bean names its expressions resolve, and the names and values of its process
 * variables (R9). Java reads these names; it never spells them out again.
 */
public final class FakeProfileReport {

  public static final String PROCESS_KEY = "fake-profile-report";
  public static final String RESOURCE = "bpmn/fake-profile-report.bpmn";

  /** Element ids. */
  public static final String REPORT_RECEIVED = "reportReceived";

  public static final String INVESTIGATE_REPORT = "investigateReport";
  public static final String INVESTIGATION_OVERDUE = "investigationOverdue";
  public static final String REMIND_INVESTIGATORS = "remindInvestigators";
  public static final String INVESTIGATORS_REMINDED = "investigatorsReminded";
  public static final String INVESTIGATION_OUTCOME = "investigationOutcome";
  public static final String OUTCOME_DECIDED = "outcomeDecided";
  public static final String RECORD_REPORT_OUTCOME = "recordReportOutcome";
  public static final String OUTCOME_RECORDED = "outcomeRecorded";
  public static final String REPORTED_TO_PLATFORM_END = "reportedToPlatform";
  public static final String REPORTED_TO_POLICE_END = "reportedToPolice";
  public static final String REPORT_DISMISSED_END = "reportDismissed";

  /** The candidate group of {@link #INVESTIGATE_REPORT}. */
  public static final String COMMUNICATIONS_GROUP = "communications";

  /** Delegate bean names, as the BPMN's delegate expressions name them. */
  public static final String RECORD_REPORT_OUTCOME_BEAN = "recordReportOutcome";

  public static final String REMIND_INVESTIGATORS_BEAN = "remindInvestigators";

  /**
   * The bean whose {@code investigationOverdue()} returns the {@link java.util.Date} at which
   * {@link #INVESTIGATION_OVERDUE} fires; evaluated once, when the investigation starts.
   */
  public static final String DEADLINES_BEAN = "deadlines";

  /** Process variables. */
  public static final String VAR_REPORT_ID = "reportId";

  public static final String VAR_REPORTED_ADDRESS = "reportedAddress";

  /** The listed profile the reported address matches; absent or null when it matches none. */
  public static final String VAR_KNOWN_PROFILE_ID = "knownProfileId";

  /** The reported account's channel, by name, as in {@code profile-lifecycle}. */
  public static final String VAR_CHANNEL = ProfileLifecycle.VAR_CHANNEL;

  /**
   * The investigation's outcome: one of {@link #REPORTED_TO_PLATFORM}, {@link #REPORTED_TO_POLICE},
   * {@link #DISMISSED}.
   */
  public static final String VAR_OUTCOME = "outcome";

  public static final String REPORTED_TO_PLATFORM = "REPORTED_TO_PLATFORM";
  public static final String REPORTED_TO_POLICE = "REPORTED_TO_POLICE";
  public static final String DISMISSED = "DISMISSED";

  private FakeProfileReport() {}
}
