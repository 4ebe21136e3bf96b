package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.web.platform.ContentSecurityPolicy;
import fi.virkaprofiili.web.registry.RegistryCache.Header;
import fi.virkaprofiili.web.registry.RegistryCache.Page;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A kept page sent again with a nonce of its own. The page's scripts run because they carry the
 * nonce its Content-Security-Policy names; a nonce sent to everyone would be one anybody could copy
 * into what they inject, so each sending gets a new one, in the header and the body alike.
 */
final class FreshNonce {

  private static final SecureRandom RANDOM = new SecureRandom();

  private FreshNonce() {}

  static Page of(Page kept) {
    String old = null;
    for (Header header : kept.headers()) {
      if ("Content-Security-Policy".equalsIgnoreCase(header.name())) {
        old = ContentSecurityPolicy.nonceOf(header.value());
      }
    }
    if (old == null) {
      return kept;
    }
    String fresh = newNonce();
    List<Header> headers = new ArrayList<>();
    for (Header header : kept.headers()) {
      headers.add(new Header(header.name(), header.value().replace(old, fresh)));
    }
    // ISO-8859-1 maps every byte to one char and back, whatever the page's own encoding.
    String body = new String(kept.body(), StandardCharsets.ISO_8859_1).replace(old, fresh);
    return new Page(kept.status(), headers, body.getBytes(StandardCharsets.ISO_8859_1));
  }

  static String newNonce() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
