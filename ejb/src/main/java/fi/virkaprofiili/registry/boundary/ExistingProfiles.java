package fi.virkaprofiili.registry.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.control.LifecycleVariables;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Profiles that were listed before the product knew them (R13: organisations already have profiles)
 * join the lifecycle where a listed profile is: in use, waiting for its first review. Demo data
 * joins at start-up, imported accounts as each row is taken in.
 */
@Stateless
public class ExistingProfiles {

  @PersistenceContext private EntityManager em;
  @Inject private RuntimeService runtimeService;
  @Inject private Registry registry;
  @Inject private OrganisationTime time;

  /**
   * An account already in use enters the registry as listed and starts its lifecycle in use, in the
   * caller's transaction: the profile and its process exist together or not at all.
   */
  public Profile enter(
      Profile.Proposed proposed,
      OrganisationUnit unit,
      String ownerId,
      String importedBy,
      String source) {
    Profile profile = Profile.existing(proposed, unit, ownerId, time.now(), time.today());
    profile.note(ProfileEventType.IMPORTED, importedBy, source, time.now());
    em.persist(profile);
    registry.identifyAccount(profile);
    em.flush();
    adopt(profile.getId());
    return profile;
  }

  /** Starts the lifecycle of a listed profile that has none, in its in-use phase. */
  public void adopt(long profileId) {
    Profile profile = em.find(Profile.class, profileId);
    if (profile == null
        || profile.getState() != ProfileState.LISTED
        || profile.getProcessInstanceId() != null) {
      throw new IllegalStateException(
          "Profile " + profileId + " is not a listed profile without a lifecycle");
    }
    String processInstanceId =
        runtimeService
            .createProcessInstanceByKey(PROCESS_KEY)
            .businessKey(profile.getId().toString())
            .setVariables(LifecycleVariables.all(profile))
            .startBeforeActivity(IN_USE)
            .execute()
            .getId();
    profile.attachProcess(processInstanceId);
    profile.note(
        ProfileEventType.LISTED,
        ProfileEvent.SYSTEM,
        ProfileEvent.ADOPTED,
        profile.getListedAt() != null ? profile.getListedAt() : time.now());
  }

  /** Listed profiles without a lifecycle, such as those brought in as data. */
  public List<Long> withoutLifecycle() {
    return em.createQuery(
            "select p.id from Profile p where p.state = :listed and p.processInstanceId is null",
            Long.class)
        .setParameter("listed", ProfileState.LISTED)
        .getResultList();
  }
}
