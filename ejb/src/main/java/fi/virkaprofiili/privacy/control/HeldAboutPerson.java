package fi.virkaprofiili.privacy.control;

import fi.virkaprofiili.accountimport.entity.AccountImport;
import fi.virkaprofiili.platform.mail.OutboxMessage;
import fi.virkaprofiili.preference.entity.UserPreference;
import fi.virkaprofiili.profile.entity.Administrator;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.proposal.entity.Draft;
import fi.virkaprofiili.report.entity.FakeReport;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Comment;

/**
 * Everything the product holds about one person, section by section, in the words of the data
 * itself. The person is found by their user id wherever they acted, and by their name and e-mail
 * address where others wrote about them (a profile's administrators).
 */
@Stateless
public class HeldAboutPerson {

  @PersistenceContext private EntityManager em;
  @Inject private IdentityService identities;
  @Inject private HistoryService history;
  @Inject private TaskService tasks;

  /** The person's record in the engine's identity store; empty when there is none. */
  public JsonObject person(String userId) {
    User user = identities.createUserQuery().userId(userId).singleResult();
    JsonObjectBuilder person = Json.createObjectBuilder().add("userId", userId);
    if (user == null) {
      return person.add("inIdentityStore", false).build();
    }
    JsonArrayBuilder groups = Json.createArrayBuilder();
    for (Group group :
        identities.createGroupQuery().groupMember(userId).orderByGroupId().asc().list()) {
      groups.add(group.getId());
    }
    JsonObjectBuilder info = Json.createObjectBuilder();
    for (String key : identities.getUserInfoKeys(userId)) {
      text(info, key, identities.getUserInfo(userId, key));
    }
    person.add("inIdentityStore", true);
    text(person, "firstName", user.getFirstName());
    text(person, "lastName", user.getLastName());
    text(person, "email", user.getEmail());
    return person.add("groups", groups).add("userInfo", info).build();
  }

  public JsonArray preferences(String userId) {
    JsonArrayBuilder found = Json.createArrayBuilder();
    UserPreference preference = em.find(UserPreference.class, userId);
    if (preference != null) {
      found.add(
          Json.createObjectBuilder()
              .add("taskMail", preference.isTaskMail())
              .add("mailLanguage", preference.getLanguage()));
    }
    return found.build();
  }

  /** The units whose manager the person is. */
  public JsonArray unitsManaged(String userId) {
    JsonArrayBuilder found = Json.createArrayBuilder();
    for (OrganisationUnit unit :
        em.createQuery(
                "select u from OrganisationUnit u where u.managerId = :id order by u.code",
                OrganisationUnit.class)
            .setParameter("id", userId)
            .getResultList()) {
      found.add(
          Json.createObjectBuilder()
              .add("code", unit.getCode())
              .add("name", unit.name(Locale.forLanguageTag("fi"))));
    }
    return found.build();
  }

  /** Profiles the person proposed, administers, decided the closure of, or registered access to. */
  public JsonArray profiles(String userId, String fullName, String email) {
    List<Profile> found =
        em.createQuery(
                "select distinct p from Profile p left join p.administrators a where p.proposerId ="
                    + " :id or p.expertId = :id or p.access.registeredBy = :id or"
                    + " p.closure.decidedBy = :id or lower(a.email) = :email or lower(a.name) ="
                    + " :name order by p.id",
                Profile.class)
            .setParameter("id", userId)
            .setParameter("email", orNothing(email))
            .setParameter("name", orNothing(fullName))
            .getResultList();
    JsonArrayBuilder profiles = Json.createArrayBuilder();
    for (Profile profile : found) {
      JsonArrayBuilder roles = Json.createArrayBuilder();
      rolesOf(profile, userId).forEach(roles::add);
      JsonArrayBuilder entries = Json.createArrayBuilder();
      for (Administrator administrator : profile.getAdministrators()) {
        if (names(administrator, fullName, email)) {
          JsonObjectBuilder entry =
              Json.createObjectBuilder()
                  .add("name", administrator.getName())
                  .add("jobTitle", administrator.getJobTitle());
          text(entry, "email", administrator.getEmail());
          entries.add(entry);
        }
      }
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("profileId", profile.getId())
              .add("name", profile.getName())
              .add("service", profile.getChannel().name())
              .add("state", profile.getState().name())
              .add("roles", roles)
              .add("administratorEntries", entries);
      if (profile.getAccess() != null && userId.equals(profile.getAccess().getRegisteredBy())) {
        item.add("accessHolders", profile.getAccess().getHolders());
      }
      profiles.add(item);
    }
    return profiles.build();
  }

  /** Every line of profile history the person is the actor of. */
  public JsonArray profileEvents(String userId) {
    JsonArrayBuilder found = Json.createArrayBuilder();
    for (ProfileEvent event :
        em.createQuery(
                "select e from ProfileEvent e where e.actorId = :id order by e.occurredAt, e.id",
                ProfileEvent.class)
            .setParameter("id", userId)
            .getResultList()) {
      JsonObjectBuilder line =
          Json.createObjectBuilder()
              .add("profileId", event.getProfile().getId())
              .add("profile", event.getProfile().getName())
              .add("at", event.getOccurredAt().toString())
              .add("what", event.getType().name());
      text(line, "detail", event.getReason());
      found.add(line);
    }
    return found.build();
  }

  /** Drafts of proposals, revisions and task answers the person has saved. */
  public JsonArray drafts(String userId) {
    JsonArrayBuilder found = Json.createArrayBuilder();
    for (Draft draft :
        em.createQuery(
                "select d from Draft d where d.authorId = :id order by d.savedAt", Draft.class)
            .setParameter("id", userId)
            .getResultList()) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("kind", draft.getKind().name())
              .add("savedAt", draft.getSavedAt().toString())
              .add("content", draft.getContent());
      text(item, "step", draft.getStep());
      if (draft.getProfileId() != null) {
        item.add("profileId", draft.getProfileId());
      }
      found.add(item);
    }
    return found.build();
  }

  /** Fake-profile reports the person made when signed in, or investigated. */
  public JsonArray fakeReports(String userId) {
    JsonArrayBuilder found = Json.createArrayBuilder();
    for (FakeReport report :
        em.createQuery(
                "select r from FakeReport r where r.reportedBy = :id or r.investigatedBy = :id"
                    + " order by r.reportedAt",
                FakeReport.class)
            .setParameter("id", userId)
            .getResultList()) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("reference", report.getReference())
              .add("reportedAddress", report.getReportedAddress())
              .add("reportedAt", report.getReportedAt().toString())
              .add("reportedByThePerson", userId.equals(report.getReportedBy()))
              .add("investigatedByThePerson", userId.equals(report.getInvestigatedBy()));
      if (userId.equals(report.getReportedBy())) {
        item.add("description", report.getDescription());
        text(item, "contact", report.getReporterContact());
      }
      if (report.getOutcome() != null) {
        item.add("outcome", report.getOutcome().name());
        text(item, "outcomeNote", report.getOutcomeNote());
      }
      found.add(item);
    }
    return found.build();
  }

  /** Account imports the person ran. */
  public JsonArray accountImports(String userId) {
    JsonArrayBuilder found = Json.createArrayBuilder();
    for (AccountImport run :
        em.createQuery(
                "select i from AccountImport i where i.importedBy = :id order by i.startedAt",
                AccountImport.class)
            .setParameter("id", userId)
            .getResultList()) {
      found.add(
          Json.createObjectBuilder()
              .add("fileName", run.getFileName())
              .add("startedAt", run.getStartedAt().toString())
              .add("rows", run.getRowCount()));
    }
    return found.build();
  }

  /** The e-mail the product wrote to the person's address, sent or waiting. */
  public JsonArray emails(String email) {
    JsonArrayBuilder found = Json.createArrayBuilder();
    if (email == null) {
      return found.build();
    }
    for (OutboxMessage message :
        em.createQuery(
                "select m from OutboxMessage m where lower(m.recipient) = :email order by"
                    + " m.createdAt, m.id",
                OutboxMessage.class)
            .setParameter("email", email.toLowerCase(Locale.ROOT))
            .getResultList()) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("to", message.getRecipient())
              .add("createdAt", message.getCreatedAt().toString())
              .add("state", message.getState().name())
              .add("subject", message.getSubject())
              .add("body", message.getBody());
      if (message.getSentAt() != null) {
        item.add("sentAt", message.getSentAt().toString());
      }
      found.add(item);
    }
    return found.build();
  }

  /** The engine's tasks the person was given or owned, open or done. */
  public JsonArray tasks(String userId) {
    Set<HistoricTaskInstance> found = new LinkedHashSet<>();
    found.addAll(
        history
            .createHistoricTaskInstanceQuery()
            .taskAssignee(userId)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list());
    found.addAll(history.createHistoricTaskInstanceQuery().taskOwner(userId).list());
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (HistoricTaskInstance task : found) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("taskId", task.getId())
              .add("task", task.getTaskDefinitionKey() == null ? "" : task.getTaskDefinitionKey())
              .add("processInstanceId", String.valueOf(task.getProcessInstanceId()));
      text(item, "name", task.getName());
      moment(item, "started", task.getStartTime());
      moment(item, "ended", task.getEndTime());
      text(item, "ending", task.getDeleteReason());
      list.add(item);
    }
    return list.build();
  }

  /**
   * The comments the person wrote on tasks. The engine has no query of comments by author, so their
   * ids come from its history table and their text from the engine.
   */
  public JsonArray comments(String userId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select ID_, TASK_ID_, PROC_INST_ID_, TIME_ from ACT_HI_COMMENT where USER_ID_ = ?"
                    + " and TYPE_ = 'comment' order by TIME_")
            .setParameter(1, userId)
            .getResultList();
    JsonArrayBuilder found = Json.createArrayBuilder();
    for (Object[] row : rows) {
      String commentId = (String) row[0];
      String taskId = (String) row[1];
      Comment comment = taskId == null ? null : tasks.getTaskComment(taskId, commentId);
      JsonObjectBuilder item = Json.createObjectBuilder();
      text(item, "taskId", taskId);
      text(item, "processInstanceId", (String) row[2]);
      item.add("at", instant(row[3]));
      text(item, "text", comment == null ? null : comment.getFullMessage());
      found.add(item);
    }
    return found.build();
  }

  /** The roles the person has in a profile, in the words of the file. */
  private static List<String> rolesOf(Profile profile, String userId) {
    List<String> roles = new ArrayList<>();
    if (userId.equals(profile.getProposerId())) {
      roles.add("proposer");
    }
    if (userId.equals(profile.getExpertId())) {
      roles.add("expert");
    }
    if (profile.getAccess() != null && userId.equals(profile.getAccess().getRegisteredBy())) {
      roles.add("registeredAccess");
    }
    if (profile.getClosure() != null && userId.equals(profile.getClosure().getDecidedBy())) {
      roles.add("decidedClosure");
    }
    return roles;
  }

  private static boolean names(Administrator administrator, String fullName, String email) {
    return (email != null && email.equalsIgnoreCase(administrator.getEmail()))
        || (fullName != null && fullName.equalsIgnoreCase(administrator.getName()));
  }

  /** A value no lower-cased column holds, for a name or address the person does not have. */
  private static String orNothing(String value) {
    return value == null || value.isBlank() ? "#none#" : value.strip().toLowerCase(Locale.ROOT);
  }

  private static void text(JsonObjectBuilder object, String name, String value) {
    if (value != null) {
      object.add(name, value);
    }
  }

  private static void moment(JsonObjectBuilder object, String name, Date value) {
    if (value != null) {
      object.add(name, value.toInstant().toString());
    }
  }

  private static String instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    return String.valueOf(value);
  }
}
