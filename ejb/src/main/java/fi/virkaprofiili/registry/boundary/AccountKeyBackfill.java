package fi.virkaprofiili.registry.boundary;

import fi.virkaprofiili.profile.entity.Profile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, public profiles without the registry's account key (data brought in, or listed
 * before keys existed) get one, so that verification finds them.
 */
@Singleton
@Startup
@DependsOn("IdentitySetup")
public class AccountKeyBackfill {

  private static final Logger LOG = Logger.getLogger(AccountKeyBackfill.class.getName());

  @Inject private Registry registry;

  @PostConstruct
  void identifyAccounts() {
    List<Profile> profiles = registry.withoutAccountKey();
    profiles.forEach(registry::identifyAccount);
    if (!profiles.isEmpty()) {
      LOG.info("Gave " + profiles.size() + " listed profiles their account keys");
    }
  }
}
