package fi.virkaprofiili.registry.boundary;

import fi.virkaprofiili.platform.Rows;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.profile.entity.account.AccountAddress;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The public registry of official profiles, which citizens use to verify an account (R9). */
@Stateless
public class Registry {

  /**
   * What the public reads is shown, never changed: read-only answers come straight from the entity
   * cache. Otherwise each request copies every profile it shows into its own persistence context,
   * and under load the requests wait for one another on the cache's locks for the copies.
   */
  private static final String READ_ONLY = "eclipselink.read-only";

  private static final List<ProfileState> PUBLIC_STATES =
      Arrays.stream(ProfileState.values()).filter(ProfileState::isPublic).toList();

  @PersistenceContext private EntityManager em;
  @Inject private ProposalService proposals;
  @Inject private OrganisationTime time;

  /** Listed, closing and closed profiles, by name. */
  public List<Profile> publicProfiles() {
    return em.createNamedQuery(Profile.IN_STATES, Profile.class)
        .setParameter("states", PUBLIC_STATES)
        .getResultList();
  }

  /**
   * The listed, closing or closed profile whose account is at this address, however the address is
   * written; one still in use before one that was closed.
   */
  public Optional<Profile> profileAt(AccountAddress address) {
    return atAccount(address, em.createNamedQuery(Profile.BY_ACCOUNT_KEY, Profile.class));
  }

  /** As {@link #profileAt}, for showing only: the profile must not be changed or referred to. */
  public Optional<Profile> listingAt(AccountAddress address) {
    return atAccount(
        address,
        em.createNamedQuery(Profile.BY_ACCOUNT_KEY, Profile.class).setHint(READ_ONLY, true));
  }

  private static Optional<Profile> atAccount(AccountAddress address, TypedQuery<Profile> byKey) {
    return byKey
        .setParameter("key", address.key())
        .setParameter("states", PUBLIC_STATES)
        .getResultList()
        .stream()
        .min(Comparator.comparing(profile -> profile.getState() == ProfileState.CLOSED));
  }

  /**
   * One page of the public profiles that match, by name, and how many match in all; for showing
   * only.
   */
  public RegistryResults search(RegistrySearch search) {
    return new RegistryResults(profiles(search), count(search), search.page(), search.size());
  }

  /** How many public profiles match, for a pager that already has its page. */
  public long count(RegistrySearch search) {
    return matching("select count(p)", "", search, Long.class).getSingleResult();
  }

  /**
   * One page of the public profiles that match, by name, without counting them all. Their languages
   * are read for the whole page in one statement, not one per profile.
   */
  public List<Profile> profiles(RegistrySearch search) {
    return matching("select p", " order by p.name, p.id", search, Profile.class)
        .setHint(READ_ONLY, true)
        .setHint("eclipselink.batch", "p.languages")
        .setHint("eclipselink.batch.type", "IN")
        .setFirstResult(Rows.firstOfPage(search.page(), search.size()))
        .setMaxResults(search.size())
        .getResultList();
  }

  private <T> TypedQuery<T> matching(
      String select, String order, RegistrySearch search, Class<T> type) {
    // A closed profile stays listed, with its redirection, for a while (R12), then leaves the list.
    StringBuilder jpql =
        new StringBuilder(select)
            .append(
                " from Profile p where p.state in :states and (p.state <> :closed or p.closedAt >= :closedVisibleSince)");
    boolean words = search.words() != null && !search.words().isBlank();
    if (words) {
      jpql.append(" and lower(p.name) like :words");
    }
    if (search.unitCode() != null) {
      jpql.append(" and p.unit.code = :unit");
    }
    if (search.channel() != null) {
      jpql.append(" and p.channel = :channel");
    }
    if (search.language() != null) {
      jpql.append(" and :language member of p.languages");
    }
    TypedQuery<T> query =
        em.createQuery(jpql.append(order).toString(), type)
            .setParameter(
                "states", search.state() == null ? PUBLIC_STATES : List.of(search.state()))
            .setParameter("closed", ProfileState.CLOSED)
            .setParameter(
                "closedVisibleSince",
                time.now()
                    .minus(Duration.ofDays(Settings.number(Settings.CLOSED_VISIBLE_DAYS, 365))));
    if (words) {
      query.setParameter("words", "%" + search.words().strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (search.unitCode() != null) {
      query.setParameter("unit", search.unitCode());
    }
    if (search.channel() != null) {
      query.setParameter("channel", search.channel());
    }
    if (search.language() != null) {
      query.setParameter("language", search.language());
    }
    return query;
  }

  /**
   * The newest changes the public sees: profiles listed, closures announced, profiles closed; of
   * one unit's profiles when {@code unitCode} is given.
   */
  public List<ProfileEvent> changes(int newest, String unitCode) {
    var changes =
        em.createQuery(
                "select e from ProfileEvent e join fetch e.profile where e.type in :types"
                    + (unitCode == null ? "" : " and e.profile.unit.code = :unit")
                    + " order by e.occurredAt desc, e.id desc",
                ProfileEvent.class)
            .setParameter(
                "types",
                List.of(
                    ProfileEventType.LISTED,
                    ProfileEventType.CLOSURE_ANNOUNCED,
                    ProfileEventType.CLOSED))
            .setMaxResults(newest);
    if (unitCode != null) {
      changes.setParameter("unit", unitCode);
    }
    return changes.getResultList();
  }

  /** An approved profile enters the registry. */
  public void publish(long profileId) {
    Profile profile = proposals.profile(profileId);
    profile.list(time.now());
  }
}
