package fi.virkaprofiili.registry.boundary;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
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

  @PostConstruct
  void adoptDemoProfiles() {
    if (!Settings.isDemo()) {
      return;
    }
    for (Long profileId : existing.withoutLifecycle()) {
      existing.adopt(profileId);
      LOG.info("Demo profile " + profileId + " joined its lifecycle");
    }
  }
}
