package fi.virkaprofiili.registry.boundary;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * In demo mode, the demo data's listed profiles join the lifecycle at start-up, so that they can be
 * reviewed and closed like any other.
 */
@Singleton
@Startup
@DependsOn("IdentitySetup")
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

  @PostConstruct
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
