package fi.virkaprofiili.platform.mail;

import fi.virkaprofiili.platform.config.Settings;
import java.net.URI;

/**
 * The Message-ID of an outbox message: its row's id at the portal's host, the same on every attempt
 * and every node, so that a message sent again is recognised as the same by mail clients.
 */
final class MessageIds {

  private MessageIds() {}

  static String of(long outboxId) {
    return of(outboxId, Settings.portalUrl());
  }

  static String of(long outboxId, String portalUrl) {
    String host;
    try {
      host = URI.create(portalUrl).getHost();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    return "<outbox-"
        + outboxId
        + "@"
        + (host == null || host.isBlank() ? "localhost" : host)
        + ">";
  }
}
