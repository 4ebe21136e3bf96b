package fi.virkaprofiili.processes;

/**
 * The contract of {@code person-left.bpmn}: what is left to do for one profile after a person left
 * the organisation. One instance per task, started in the transaction that marks the person as
 * left: the unit's manager names another administrator where the profile fell below its minimum
 * (R3), or IT revokes the person's access to the profile's account (R8). Java reads these names; it
 * never spells them out again.
 */
public final class PersonLeft {

  public static final String PROCESS_KEY = "person-left";
  public static final String RESOURCE = "bpmn/person-left.bpmn";

  /** Element ids. */
  public static final String FOLLOW_UP_NEEDED = "followUpNeeded";

  public static final String WHICH_FOLLOW_UP = "whichFollowUp";
  public static final String NAME_ANOTHER_ADMINISTRATOR = "nameAnotherAdministrator";
  public static final String ADMINISTRATOR_NAMED = "administratorNamed";
  public static final String REVOKE_LEAVERS_ACCESS = "revokeLeaversAccess";
  public static final String LEAVERS_ACCESS_REVOKED = "leaversAccessRevoked";

  /** The candidate group of {@link #REVOKE_LEAVERS_ACCESS}. */
  public static final String IT_GROUP = "it";

  /** Process variables. */
  public static final String VAR_PROFILE_ID = ProfileLifecycle.VAR_PROFILE_ID;

  /** The manager of the profile's unit, assignee of {@link #NAME_ANOTHER_ADMINISTRATOR}. */
  public static final String VAR_UNIT_MANAGER = ProfileLifecycle.VAR_UNIT_MANAGER;

  /** The user id of the person who left. */
  public static final String VAR_LEAVER_ID = "leaverId";

  /** The person's name as the tasks show it. */
  public static final String VAR_LEAVER_NAME = "leaverName";

  /** One of {@link #ADMINISTRATOR_NEEDED} and {@link #ACCESS_TO_REVOKE}. */
  public static final String VAR_FOLLOW_UP = "followUp";

  public static final String ADMINISTRATOR_NEEDED = "ADMINISTRATOR_NEEDED";
  public static final String ACCESS_TO_REVOKE = "ACCESS_TO_REVOKE";

  private PersonLeft() {}
}
