package fi.virkaprofiili.privacy.boundary;

import fi.virkaprofiili.platform.Availability;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pseudonymisation runs every night on each node. Two nodes at the same profile are kept apart by
 * its version: one changes it, the other finds nothing left to change the next night.
 */
@Singleton
public class PseudonymisationSchedule {

  private static final Logger LOG = Logger.getLogger(PseudonymisationSchedule.class.getName());

  @Inject private Pseudonymisation pseudonymisation;
  @Inject private Availability availability;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void nightly() {
    if (availability.state() != Availability.State.SERVING) {
      return;
    }
    try {
      pseudonymisation.pseudonymiseDue();
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE, "Pseudonymisation of people who left did not run: " + e.getMessage(), e);
    }
  }
}
