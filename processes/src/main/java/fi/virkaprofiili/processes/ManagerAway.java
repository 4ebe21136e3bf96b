package fi.virkaprofiili.processes;

/**
 * The contract of {@code manager-away.bpmn}: one instance per recorded absence of a unit's manager
 * (issue 12, item 5). Its timers hand the unit's decisions to the deputy at the start of the first
 * day and back to the manager at the end of the last, each in the transaction of its job, with
 * nobody pressing a button and whichever node runs it. Java reads these names; it never spells them
 * out again.
 */
public final class ManagerAway {

  public static final String PROCESS_KEY = "manager-away";
  public static final String RESOURCE = "bpmn/manager-away.bpmn";

  /** Element ids. */
  public static final String ABSENCE_RECORDED = "absenceRecorded";

  public static final String ABSENCE_STARTS = "absenceStarts";
  public static final String HAND_OVER_TO_DEPUTY = "handOverToDeputy";
  public static final String ABSENCE_ENDS = "absenceEnds";
  public static final String HAND_BACK_TO_MANAGER = "handBackToManager";
  public static final String MANAGER_BACK = "managerBack";

  /** Bean names of the delegates. */
  public static final String HAND_OVER_TO_DEPUTY_BEAN = "handOverToDeputy";

  public static final String HAND_BACK_TO_MANAGER_BEAN = "handBackToManager";

  /** Process variables. */
  public static final String VAR_ABSENCE_ID = "absenceId";

  /** When the absence starts: the start of its first day on the organisation's clock (a Date). */
  public static final String VAR_STARTS_AT = "startsAt";

  /** When it ends: the end of its last day on the organisation's clock (a Date). */
  public static final String VAR_ENDS_AT = "endsAt";

  private ManagerAway() {}
}
