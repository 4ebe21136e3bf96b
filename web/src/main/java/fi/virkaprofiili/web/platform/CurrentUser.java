package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is signed in, for pages and for the actor the backing beans pass to boundaries. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;

  public boolean isSignedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  /** The signed-in user's id; boundaries check what this user may do. */
  public String getId() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      throw new IllegalStateException("Nobody is signed in");
    }
    return principal.getName();
  }

  public boolean isAdministrator() {
    return securityContext.isCallerInRole(Roles.ADMINISTRATORS);
  }

  public boolean isStaff() {
    return securityContext.isCallerInRole(Roles.STAFF);
  }

  /** For the menu and pages only; the boundaries decide what each may see and do. */
  public boolean isCommunications() {
    return securityContext.isCallerInRole(Roles.COMMUNICATIONS);
  }

  public boolean isManager() {
    return securityContext.isCallerInRole(Roles.MANAGERS);
  }

  public boolean isIt() {
    return securityContext.isCallerInRole(Roles.IT);
  }
}
