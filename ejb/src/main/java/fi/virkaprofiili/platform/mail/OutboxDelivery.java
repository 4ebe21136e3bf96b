package fi.virkaprofiili.platform.mail;

import fi.virkaprofiili.platform.config.OrganisationTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: right after a transaction that wrote messages commits, and every few
 * seconds on every node, so that messages left by a crash, an outage or a failed attempt go out
 * when they are due. One round at a time on a node; the nodes share the work through their claims.
 * A round's trouble (the database or the mail server away) is logged once until a round succeeds.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

  /** This node, in every claim it makes; the rest of a claim tells its rounds apart. */
  private static final String NODE = UUID.randomUUID().toString().substring(0, 8);

  @Inject private OutboxClaims claims;
  @Inject private MailSender mail;
  @Inject private OrganisationTime time;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  private ManagedThreadFactory threadFactory;

  /**
   * One thread of the container's, kept for the node's life, that the commits hand their rounds to.
   * Not the managed executor service: it captured, set up and reset the caller's context around
   * every task handed to it, finding its context providers by a search of the application's class
   * path each time, and that cost the committing job thread more than the e-mail's own writing (a
   * tenth of the job threads' samples with 3,000 reviews due, issue 16 item 6). A thread from the
   * managed thread factory still has the application's naming, CDI and transactions.
   */
  private ExecutorService executor;

  private final DeliveryPolicy policy = DeliveryPolicy.fromSettings();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean kicked = new AtomicBoolean();
  private volatile boolean troubled;
  private volatile boolean refused;

  @PostConstruct
  void start() {
    executor = Executors.newSingleThreadExecutor(threadFactory);
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
    try {
      // A message whose round is cut short stays claimed and is tried again when its claim ends.
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** A transaction that wrote messages committed: send them now, off the committing thread. */
  public void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    // One hand-off per burst of messages, not one per message.
    if (kicked.compareAndSet(false, true)) {
      try {
        executor.execute(
            () -> {
              kicked.set(false);
              deliverDue();
            });
      } catch (RejectedExecutionException e) {
        kicked.set(false);
        // The timer sends them.
      }
    }
  }

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void everyFewSeconds() {
    deliverDue();
  }

  /** Sends every message due now; returns at once if a round is already running on this node. */
  public void deliverDue() {
    if (!mail.isConfigured()) {
      return;
    }
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        while (round() == policy.batchSize()) {
          // A full batch: there may be more due.
        }
      } while (again.get());
      if (troubled) {
        troubled = false;
        LOG.info("E-mail delivery works again");
      }
    } catch (RuntimeException e) {
      if (!troubled) {
        troubled = true;
        LOG.log(
            Level.WARNING,
            "E-mail delivery paused: " + e.getMessage() + ". Messages wait in the outbox.",
            e);
      }
    } finally {
      running.set(false);
    }
  }

  /** Claims a batch and tries each message of it; returns how many it claimed. */
  private int round() {
    String claim = NODE + "-" + UUID.randomUUID();
    List<OutboxMessage> batch = claims.claim(claim, time.now(), policy);
    if (batch.isEmpty()) {
      return 0;
    }
    MailSender.Connection connection = null;
    try {
      for (OutboxMessage message : batch) {
        try {
          if (connection == null || !connection.isConnected()) {
            connection = mail.connect();
          }
          connection.send(message);
        } catch (MessagingException | RuntimeException e) {
          if (connection != null) {
            connection.close();
            connection = null;
          }
          mailServerRefused(reason(e));
          claims.failed(message.getId(), claim, reason(e), time.now(), policy);
          continue;
        }
        mailServerAccepted();
        claims.delivered(message.getId(), time.now());
      }
    } finally {
      if (connection != null) {
        connection.close();
      }
    }
    return batch.size();
  }

  /** Told once until the server accepts a message again, not once per message. */
  private void mailServerRefused(String reason) {
    if (!refused) {
      refused = true;
      LOG.warning(
          () ->
              "The mail server did not take an e-mail ("
                  + reason
                  + "); e-mails wait in the outbox and are tried again.");
    }
  }

  private void mailServerAccepted() {
    if (refused) {
      refused = false;
      LOG.info("The mail server takes e-mail again");
    }
  }

  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String first = e.getClass().getSimpleName() + ": " + e.getMessage();
    return cause == e ? first : first + " (" + cause + ")";
  }
}
