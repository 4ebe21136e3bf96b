package fi.virkaprofiili.profile.boundary;

import fi.virkaprofiili.profile.entity.ProfileWritten;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows whenever a profile is written on this node, so that what was worked out from
 * profiles (such as the registry's verification answers) can be kept until it does.
 *
 * <p>It grows twice for a transaction: when the change is flushed and again when the transaction
 * has ended. A reader between the two still sees the old rows in the database, and what it keeps
 * carries the number of the flush, which the end of the transaction makes old. Like the entity
 * cache, it covers this node's writes only; more than one node needs EclipseLink's cache
 * coordination for both.
 *
 * <p>A boundary of the profile kernel: the web's registry cache reads the number.
 */
@ApplicationScoped
public class ProfileChanges {

  private final AtomicLong version = new AtomicLong();

  @Resource private TransactionSynchronizationRegistry transactions;

  public long version() {
    return version.get();
  }

  /** Hears of each profile the persistence context writes. */
  void profileWritten(@Observes ProfileWritten written) {
    written();
  }

  /** A profile was written in the current transaction (or, without one, just now). */
  public void written() {
    version.incrementAndGet();
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              version.incrementAndGet();
            }
          });
    }
  }
}
