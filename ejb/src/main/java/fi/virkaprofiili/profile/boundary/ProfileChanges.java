package fi.virkaprofiili.profile.boundary;

import fi.virkaprofiili.profile.control.ProfileFingerprint;
import fi.virkaprofiili.profile.entity.ProfileWritten;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A number that grows whenever a profile is written, on this node or on any other node of the same
 * database, so that what was worked out from profiles (the registry's pages and verification
 * answers) can be kept until it does.
 *
 * <p>This node's own writes count at once: the number grows when the change is flushed and again
 * when the transaction has ended (a reader between the two still sees the old rows, and what it
 * keeps carries the number of the flush, which the end makes old). Other nodes' writes count when
 * this node next looks at the database's {@link ProfileFingerprint}: at most once every {@link
 * #CHECK_INTERVAL} and only when someone asks for the number, so a profile committed on another
 * node is answered stale here for at most that long. What is kept under a number is never trusted
 * past a failed look either: the number grows then too.
 *
 * <p>A boundary of the profile kernel: the web's registry cache reads the number.
 */
@ApplicationScoped
public class ProfileChanges {

  /** How old another node's write can be before this node's answers show it. */
  public static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

  private static final Logger LOG = Logger.getLogger(ProfileChanges.class.getName());

  private final AtomicLong version = new AtomicLong();
  private final AtomicLong nextCheck;
  private final Supplier<?> fingerprints;
  private final LongSupplier nanos;
  private volatile Object seen;
  private volatile boolean failing;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject
  ProfileChanges(ProfileFingerprint fingerprint) {
    this(fingerprint::now, System::nanoTime);
  }

  /**
   * With where the fingerprint comes from (equal fingerprints: no profile written in between) and
   * the clock of the checks (nanoseconds); public for the tests of what is kept by the number.
   */
  public ProfileChanges(Supplier<?> fingerprints, LongSupplier nanos) {
    this.fingerprints = fingerprints;
    this.nanos = nanos;
    this.nextCheck = new AtomicLong(nanos.getAsLong());
  }

  /** For the container's proxy only. */
  protected ProfileChanges() {
    this.fingerprints = null;
    this.nanos = null;
    this.nextCheck = null;
  }

  public long version() {
    lookAtTheDatabase();
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

  /**
   * One caller a second reads the fingerprint; the others go on with the number as it is, at most
   * that second old.
   */
  private void lookAtTheDatabase() {
    long now = nanos.getAsLong();
    long due = nextCheck.get();
    if (now - due < 0 || !nextCheck.compareAndSet(due, now + CHECK_INTERVAL.toNanos())) {
      return;
    }
    Object fresh;
    try {
      fresh = fingerprints.get();
    } catch (RuntimeException e) {
      // Whatever was kept may be old by now, and the next good look must count as a change.
      seen = null;
      version.incrementAndGet();
      if (!failing) {
        failing = true;
        LOG.log(Level.WARNING, "Could not read whether profiles changed; keeping nothing", e);
      }
      return;
    }
    failing = false;
    if (!fresh.equals(seen)) {
      seen = fresh;
      version.incrementAndGet();
    }
  }
}
