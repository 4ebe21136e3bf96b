package fi.virkaprofiili.platform.health;

import fi.virkaprofiili.platform.mail.MessageState;
import fi.virkaprofiili.platform.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * What the operator needs to know of e-mail, beside readiness: how many messages wait in the outbox
 * and how many were given up on ({@code mailFailed}, to be looked into in {@code OUTBOX_MESSAGE}).
 * Always UP: a node serves people as well without a mail server, and its mail waits.
 */
@Readiness
@ApplicationScoped
public class MailOutboxHealth implements HealthCheck {

  @Inject private Outbox outbox;

  @Override
  public HealthCheckResponse call() {
    Map<String, Object> data = new LinkedHashMap<>();
    try {
      Map<MessageState, Long> unsent = outbox.unsent();
      data.put("mailWaiting", unsent.get(MessageState.PENDING));
      data.put("mailFailed", unsent.get(MessageState.FAILED));
    } catch (RuntimeException e) {
      data.put("mailOutbox", "not readable now");
    }
    return new HealthCheckResponse("mail-outbox", HealthCheckResponse.Status.UP, Optional.of(data));
  }
}
