package fi.virkaprofiili.report.entity;

/**
 * What communications did about a reported account, named as the process's {@code outcome} values.
 */
public enum ReportOutcome {
  REPORTED_TO_PLATFORM,
  REPORTED_TO_POLICE,
  DISMISSED
}
