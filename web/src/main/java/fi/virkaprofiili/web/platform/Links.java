package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Which addresses people typed may become links: only http(s), never javascript: or data:. */
@Named
@ApplicationScoped
public class Links {

  public boolean isWeb(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://"));
  }
}
