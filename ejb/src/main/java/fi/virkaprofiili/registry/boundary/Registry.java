package fi.virkaprofiili.registry.boundary;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import fi.virkaprofiili.registry.entity.AccountAddress;

/** The public registry of official profiles, which citizens use to verify an account (R9). */
@Stateless
public class Registry {

  private static final List<ProfileState> PUBLIC_STATES =
      Arrays.stream(ProfileState.values()).filter(ProfileState::isPublic).toList();

  @PersistenceContext private EntityManager em;
  @Inject private ProposalService proposals;
  @Inject private Clock clock;

  /** Listed, closing and closed profiles, by name. */
  public List<Profile> publicProfiles() {
    return em.createNamedQuery(Profile.IN_STATES, Profile.class)
        .setParameter("states", PUBLIC_STATES)
        .getResultList();
  }

  /**
   * The listed, closing or closed profile whose account is at this address, however the address
   * is written; one still in use before one that was closed.
   */
  public Optional<Profile> profileAt(AccountAddress address) {
    return publicProfiles().stream()
        .filter(profile -> profile.getAccountUrl() != null)
        .filter(profile -> AccountAddress.parse(profile.getAccountUrl(), profile.getChannel())
            .map(address::equals).orElse(false))
        .min(java.util.Comparator.comparing(profile -> profile.getState() == ProfileState.CLOSED));
  }

  /** An approved profile enters the registry. */
  public void publish(long profileId) {
    proposals.profile(profileId).list(clock.instant());
  }
}
