package fi.virkaprofiili.registry.boundary;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.startup.StartupFinished;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * In demo mode, the demo data's listed profiles join the lifecycle at start-up, so that they can be
 * reviewed and closed like any other.
 */
@Singleton
public class DemoLifecycles {

  private static final Logger LOG = Logger.getLogger(DemoLifecycles.class.getName());

  @Inject private ExistingProfiles existing;
  private final BooleanSupplier demo;

  public DemoLifecycles() {
    this.demo = Settings::isDemo;
  }

  DemoLifecycles(ExistingProfiles existing, BooleanSupplier demo) {
    this.existing = existing;
    this.demo = demo;
  }

  /** Once start-up has finished, which may be long after deployment when the database was late. */
  public void adoptDemoProfiles(@Observes StartupFinished finished) {
    adoptDemoProfiles();
  }

  void adoptDemoProfiles() {
    if (!demo.getAsBoolean()) {
      return;
    }
    for (Long profileId : existing.withoutLifecycle()) {
      existing.adopt(profileId);
      LOG.info("Demo profile " + profileId + " joined its lifecycle");
    }
  }
}
