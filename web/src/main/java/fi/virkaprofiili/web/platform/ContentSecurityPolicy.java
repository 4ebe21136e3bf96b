package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the portal's pages. PrimeFaces sends it (web.xml {@code
 * primefaces.CSP_POLICY}), because only PrimeFaces knows the nonce its scripts carry: it appends
 * {@code 'nonce-…'} to what this returns, so {@code script-src} comes last. Scripts run only with
 * that nonce (PrimeFaces writes it on every script element of the page, and turns inline handlers
 * into listeners registered by a script that carries it) or when such a script adds them: {@code
 * 'strict-dynamic'}, which makes browsers that know it ignore {@code 'self'}, so that no script of
 * the portal's own address (an upload, an API answer) can be loaded by injected markup. {@code
 * 'self'} is there for browsers that predate it. Styles may be inline because PrimeFaces'
 * components position themselves with style attributes.
 *
 * <p>The nonce is fresh on every response: {@link PageNonce} keeps it out of a stateless page's
 * view (so a public page opens no session), and a page kept for anonymous visitors is sent with a
 * new one each time ({@code FreshNonce}).
 *
 * <p>Pages may be framed only by the portal itself, except the embeddable listing, which the
 * organisation's own website may frame: {@value #EMBED_FRAME_ANCESTORS} names those origins.
 *
 * <p>Forms post to the portal only; for a person signed in through the organisation's provider,
 * also to the origin of the provider's end-session endpoint, because the sign-out form's answer
 * sends the browser there (RP-initiated logout) and browsers hold a form's redirects to {@code
 * form-action} too.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

  @Inject private OpenIdSignIn openIdSignIn;
  @Inject private OpenIdContext tokens;

  /** Space-separated origins (e.g. {@code https://www.example.fi}) that may frame the listing. */
  public static final String EMBED_FRAME_ANCESTORS = "virkaprofiili.embed.frame-ancestors";

  /** The view whose page other sites may frame. */
  static final String EMBED_VIEW = "/embed.xhtml";

  private static final Pattern ORIGIN =
      Pattern.compile("https?://[a-z0-9.-]+(?::[0-9]{1,5})?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

  private static final String COMMON =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'";

  /** The policy of the page being rendered, without its nonce: PrimeFaces adds that. */
  public String getForView() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String viewId =
        faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    return forView(
        viewId, Settings.value(EMBED_FRAME_ANCESTORS, ""), signOutOrigin(faces).orElse(""));
  }

  /**
   * The origin of the provider's end-session endpoint, for a person signed in through the provider
   * (who has a session already: a public page opens none for this).
   */
  private Optional<String> signOutOrigin(FacesContext faces) {
    if (faces == null || !openIdSignIn.isEnabled()) {
      return Optional.empty();
    }
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    if (request.getUserPrincipal() == null || PortalAuthentication.isBreakGlassSession(request)) {
      return Optional.empty();
    }
    return openIdSignIn
        .endSessionUrl(tokens)
        .map(URI::create)
        .map(uri -> uri.getScheme() + "://" + uri.getRawAuthority())
        .filter(origin -> ORIGIN.matcher(origin).matches())
        .map(origin -> origin.toLowerCase(Locale.ROOT));
  }

  static String forView(String viewId, String embedOrigins) {
    return forView(viewId, embedOrigins, "");
  }

  static String forView(String viewId, String embedOrigins, String formOrigin) {
    String ancestors = "'self'";
    if (EMBED_VIEW.equals(viewId)) {
      List<String> origins = origins(embedOrigins);
      if (!origins.isEmpty()) {
        ancestors += " " + String.join(" ", origins);
      }
    }
    return COMMON
        + (formOrigin.isEmpty() ? "" : " " + formOrigin)
        + "; frame-ancestors "
        + ancestors
        + "; script-src 'self' 'strict-dynamic'";
  }

  /**
   * The origins of the setting that are origins and nothing more: a value with a path, a quote or a
   * semicolon would otherwise write a directive of its own into the header.
   */
  static List<String> origins(String setting) {
    List<String> origins = new ArrayList<>();
    for (String candidate : Arrays.asList(setting.strip().split("\\s+"))) {
      if (ORIGIN.matcher(candidate).matches()) {
        origins.add(URI.create(candidate).toString().toLowerCase(Locale.ROOT));
      }
    }
    return origins;
  }

  /** The nonce a policy header carries, or null. */
  public static String nonceOf(String header) {
    Matcher matcher = NONCE.matcher(header == null ? "" : header);
    return matcher.find() ? matcher.group(1) : null;
  }
}
