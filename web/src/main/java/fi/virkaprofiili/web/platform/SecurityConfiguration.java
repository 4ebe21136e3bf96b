package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Portal sign-in: a JSF login page checked against Camunda's identity store. Camunda's own webapps
 * under {@code /camunda} keep their own login against the same store.
 *
 * <p>A protected page asked for without signing in shows the login page in its place (a forward,
 * not a redirect): the request still names the page and its query, such as the task of a task
 * e-mail, and {@link LoginPage} goes on to it once the person is signed in.
 */
@ApplicationScoped
@FacesConfig
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({Roles.STAFF, Roles.MANAGERS, Roles.COMMUNICATIONS, Roles.IT, Roles.ADMINISTRATORS})
public class SecurityConfiguration {}
