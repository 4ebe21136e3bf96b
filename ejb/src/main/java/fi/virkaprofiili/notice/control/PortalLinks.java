package fi.virkaprofiili.notice.control;

import fi.virkaprofiili.platform.config.Settings;

/** Addresses in the portal that e-mails link to, under {@code virkaprofiili.portal-url}. */
public final class PortalLinks {

  private PortalLinks() {}

  /** The task list opens the task's own form, once it knows the task still waits for the reader. */
  public static String task(String taskId) {
    return portal() + "portal/tasks/index.xhtml?task=" + taskId;
  }

  public static String profile(long profileId) {
    return portal() + "portal/proposals/profile.xhtml?id=" + profileId;
  }

  public static String preferences() {
    return portal() + "portal/preferences.xhtml";
  }

  private static String portal() {
    return Settings.portalUrl();
  }
}
