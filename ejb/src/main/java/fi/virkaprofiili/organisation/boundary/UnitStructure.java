package fi.virkaprofiili.organisation.boundary;

import fi.virkaprofiili.organisation.control.ManagerTasks;
import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import fi.virkaprofiili.profile.boundary.ProfileChanges;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.UnitEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;

/**
 * The organisation's structure (issue 12, item 4): administrators and communications create units,
 * rename them, arrange them in a hierarchy, set each one's manager and move profiles between them
 * in a reorganisation. Who may is checked here, whatever the page showed. Each change is one
 * transaction with everything it causes: the manager's open tasks follow (a new manager of the
 * unit, or a profile's new unit), and a failure anywhere leaves nothing half-moved.
 */
@Stateless
public class UnitStructure {

  private static final Logger LOG = Logger.getLogger(UnitStructure.class.getName());

  /** The most profiles one reorganisation moves at once. */
  public static final int MAX_MOVE = 500;

  @PersistenceContext private EntityManager em;
  @Inject private OrganisationUnits units;
  @Inject private IdentityService identity;
  @Inject private ManagerTasks managerTasks;
  @Inject private OrganisationTime time;
  @Inject private ProfileChanges changes;

  /** Whether this person may change the structure: an administrator or communications. */
  public boolean mayChange(@NotBlank String userId) {
    return isMember(userId, Roles.ADMINISTRATORS) || isMember(userId, Roles.COMMUNICATIONS);
  }

  /** Every unit, each under its parent, in the order of the tree (a parent before its units). */
  public List<OrganisationUnit> tree(@NotBlank String userId) {
    requireMayChange(userId, "see the structure");
    List<OrganisationUnit> all = new ArrayList<>(units.all());
    all.sort(Comparator.comparing(OrganisationUnit::getCode));
    List<OrganisationUnit> ordered = new ArrayList<>();
    addUnder(null, all, ordered);
    return ordered;
  }

  public OrganisationUnit unit(@NotBlank String userId, @NotBlank String code) {
    requireMayChange(userId, "see unit " + code);
    return units.byCode(code);
  }

  /** Who can be a unit's manager: the members of {@code managers}, by name. */
  public List<Manager> managers(@NotBlank String userId) {
    requireMayChange(userId, "list the managers");
    return identity.createUserQuery().memberOfGroup(Roles.MANAGERS).list().stream()
        .map(
            user ->
                new Manager(
                    user.getId(), fullName(user.getFirstName(), user.getLastName(), user.getId())))
        .sorted(Comparator.comparing(Manager::name))
        .toList();
  }

  /** A person who can manage a unit: user id and name. */
  public record Manager(String id, String name) {}

  private static String fullName(String first, String last, String id) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    return name.isEmpty() ? id : name + " (" + id + ")";
  }

  /** The unit's history, oldest first. */
  public List<UnitEvent> history(@NotBlank String userId, @NotBlank String code) {
    return List.copyOf(unit(userId, code).getEvents());
  }

  /** The profiles a unit owns, by name, for a reorganisation. */
  public List<Profile> profilesOf(@NotBlank String userId, @NotBlank String code) {
    OrganisationUnit unit = unit(userId, code);
    return em.createQuery(
            "select p from Profile p where p.unit = :unit order by p.name, p.id", Profile.class)
        .setParameter("unit", unit)
        .getResultList();
  }

  /** A new unit, its history starting with who created it and why. */
  public OrganisationUnit create(@NotNull @Valid UnitForm form, @NotBlank String actorId) {
    requireMayChange(actorId, "create unit " + form.getCode());
    if (form.getCode() == null || !OrganisationUnit.CODE.matcher(form.getCode()).matches()) {
      throw new InvalidRequestException(
          "unit.code.invalid", "Not a unit code: " + form.getCode(), form.getCode());
    }
    if (em.find(OrganisationUnit.class, form.getCode()) != null) {
      throw new ConflictException(
          "unit.codeTaken", "Unit " + form.getCode() + " exists already", form.getCode());
    }
    requireManager(form.getManagerId());
    OrganisationUnit unit =
        OrganisationUnit.create(
            form.getCode(),
            form.names(),
            parent(form.getParentCode()),
            form.getManagerId(),
            actorId,
            form.getWhy(),
            time.now());
    em.persist(unit);
    changes.written();
    LOG.info(() -> actorId + " created unit " + form.getCode());
    return unit;
  }

  /**
   * Renames the unit, places it under another and sets its manager, as the form says, each change
   * with the form's reason. A new manager gets the unit's profiles' open manager's tasks in the
   * same transaction.
   *
   * @return the unit as it is now
   */
  public OrganisationUnit change(
      @NotBlank String code, @NotNull @Valid UnitForm form, @NotBlank String actorId) {
    requireMayChange(actorId, "change unit " + code);
    OrganisationUnit unit = units.byCode(code);
    Instant now = time.now();
    String why = form.getWhy();
    boolean renamed = unit.rename(form.names(), actorId, why, now);
    boolean placed = unit.placeUnder(parent(form.getParentCode()), actorId, why, now);
    boolean appointed = false;
    if (!unit.isManagedBy(form.getManagerId())) {
      requireManager(form.getManagerId());
      appointed = unit.appoint(form.getManagerId(), actorId, why, now);
    }
    if (!renamed && !placed && !appointed) {
      throw new InvalidRequestException("unit.unchanged", "Unit " + code + " is as the form says");
    }
    // the registry shows the unit's names: what it keeps of profiles is out of date now
    changes.written();
    if (appointed) {
      managerTasks.followAll(unit, actorId, now);
    }
    LOG.info(() -> actorId + " changed unit " + code);
    return unit;
  }

  /**
   * A reorganisation: the profiles move to unit {@code toCode}, each one's timeline saying so, and
   * their open decisions, overdue reviews and closure decisions go to its manager, all in this
   * transaction.
   */
  public Moved move(
      @NotEmpty @Size(max = MAX_MOVE) List<@NotNull Long> profileIds,
      @NotBlank String toCode,
      @NotBlank @PlainText @Size(max = OrganisationUnit.REASON_MAX) String why,
      @NotBlank String actorId) {
    requireMayChange(actorId, "move profiles to " + toCode);
    OrganisationUnit to = units.byCode(toCode);
    Instant now = time.now();
    Set<Long> ids = new LinkedHashSet<>(profileIds);
    List<Profile> moving = new ArrayList<>();
    for (Long id : ids) {
      Profile profile = em.find(Profile.class, id);
      if (profile == null) {
        throw new NotFoundException("error.notFound", "No profile " + id);
      }
      if (profile.getUnit().getCode().equals(toCode)) {
        throw new InvalidRequestException(
            "unit.alreadyThere", "Profile " + id + " is in " + toCode, profile.getName());
      }
      moving.add(profile);
    }
    // each unit the profiles leave names them in its history, once per move
    moving.stream()
        .map(Profile::getUnit)
        .distinct()
        .forEach(
            from ->
                from.movedProfiles(
                    to,
                    moving.stream().filter(p -> p.getUnit() == from).map(Profile::getName).toList(),
                    actorId,
                    why,
                    now));
    int tasks = 0;
    List<String> ownProposals = new ArrayList<>();
    for (Profile profile : moving) {
      profile.moveToUnit(to, actorId, why, now);
    }
    em.flush();
    for (Profile profile : moving) {
      int followed = managerTasks.follow(profile, actorId, now);
      tasks += followed;
      if (followed > 0 && profile.isProposedBy(to.getManagerId())) {
        ownProposals.add(profile.getName());
      }
    }
    int moved = moving.size();
    LOG.info(() -> actorId + " moved " + moved + " profiles to unit " + toCode);
    return new Moved(moved, tasks, to.getManagerId(), ownProposals);
  }

  /**
   * What a reorganisation did.
   *
   * @param profiles how many profiles moved
   * @param tasks how many open tasks went to the new unit's manager
   * @param manager that manager
   * @param ownProposals profiles the manager proposed: their decisions wait, as any manager's own
   *     proposal does, and are escalated to communications (R4)
   */
  public record Moved(int profiles, int tasks, String manager, List<String> ownProposals) {}

  private OrganisationUnit parent(String code) {
    return code == null || code.isBlank() ? null : units.byCode(code);
  }

  /** A unit's manager decides for it (R4), so they are a known member of {@code managers}. */
  private void requireManager(String userId) {
    if (!isMember(userId, Roles.MANAGERS)) {
      throw new InvalidRequestException(
          "unit.managerNotManager", userId + " is not in the group managers", userId);
    }
  }

  /** Whether a unit has this code. */
  public boolean exists(@NotBlank String code) {
    return em.find(OrganisationUnit.class, code) != null;
  }

  private void requireMayChange(String userId, String what) {
    if (!mayChange(userId)) {
      String message =
          "Refused: " + userId + " may not " + what + ": only administrators and communications";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
  }

  private boolean isMember(String userId, String groupId) {
    return identity.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
  }

  private static void addUnder(
      OrganisationUnit parent, List<OrganisationUnit> all, List<OrganisationUnit> ordered) {
    for (OrganisationUnit unit : all) {
      if (unit.getParent() == parent && !ordered.contains(unit)) {
        ordered.add(unit);
        addUnder(unit, all, ordered);
      }
    }
  }
}
