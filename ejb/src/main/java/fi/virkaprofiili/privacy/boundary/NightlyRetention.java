package fi.virkaprofiili.privacy.boundary;

import fi.virkaprofiili.platform.Availability;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What personal data asks every night, on each node: people who left give way to pseudonyms, and
 * old sent e-mail is forgotten. Two nodes at the same profile are kept apart by its version: one
 * changes it, the other finds nothing left to change; the e-mail update is the same on both.
 */
@Singleton
public class NightlyRetention {

  private static final Logger LOG = Logger.getLogger(NightlyRetention.class.getName());

  @Inject private Pseudonymisation pseudonymisation;
  @Inject private MailRetention mailRetention;
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
