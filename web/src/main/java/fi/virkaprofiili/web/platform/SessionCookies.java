package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is sent only to this site's own pages ({@code SameSite=Lax}: a link from
 * elsewhere still arrives signed in, a form posted from elsewhere does not) and only over HTTPS
 * when the portal is served over HTTPS, also behind a proxy that ends TLS: the portal's address
 * says. A request that a trusted proxy forwarded from HTTPS gets a {@code Secure} cookie whatever
 * the address says ({@link ForwardedHttpsFilter}).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    configure(event.getServletContext().getSessionCookieConfig(), Settings.portalUrl());
  }

  static void configure(SessionCookieConfig cookie, String portalUrl) {
    cookie.setHttpOnly(true);
    cookie.setSecure(portalUrl.startsWith("https:"));
  }
}
