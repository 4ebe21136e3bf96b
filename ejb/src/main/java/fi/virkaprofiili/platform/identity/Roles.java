package fi.virkaprofiili.platform.identity;

import java.util.List;

/**
 * The groups of Camunda's identity service, which are also the portal's security roles: one store
 * for the portal, Cockpit and the REST API.
 */
public final class Roles {

  public static final String STAFF = "staff";
  public static final String MANAGERS = "managers";
  public static final String COMMUNICATIONS = "communications";
  public static final String IT = "it";

  /** Camunda's own administrator group; its members may use Cockpit, Admin and the REST API. */
  public static final String ADMINISTRATORS = "camunda-admin";

  public static final List<String> ALL =
      List.of(STAFF, MANAGERS, COMMUNICATIONS, IT, ADMINISTRATORS);

  private Roles() {}
}
