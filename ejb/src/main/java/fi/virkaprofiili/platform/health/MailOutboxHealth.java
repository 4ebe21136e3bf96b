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
 * Always UP: a node serves people as well without a mail server, and its mail waits. Before the
 * schema is migrated the outbox is not asked: its table may not be there yet, and every readiness
 * poll during a first start would fail an EJB call and log its stack trace.
 */
@Readiness
@ApplicationScoped
public class MailOutboxHealth implements HealthCheck {

  @Inject private Outbox outbox;
  @Inject private StartupProgress progress;

  @Override
  public HealthCheckResponse call() {
    Map<String, Object> data = new LinkedHashMap<>();
    if (!progress.isSchemaMigrated()) {
      data.put("mailOutbox", "not readable now");
      return new HealthCheckResponse(
          "mail-outbox", HealthCheckResponse.Status.UP, Optional.of(data));
    }
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
