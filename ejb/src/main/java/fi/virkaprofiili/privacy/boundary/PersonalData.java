package fi.virkaprofiili.privacy.boundary;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.platform.validation.TextCharacters;
import fi.virkaprofiili.privacy.control.HeldAboutPerson;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.validation.constraints.NotBlank;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A subject access request (GDPR art. 15): an administrator exports everything the product holds
 * about one person as a file to hand over. Every export is logged with who asked for whom, since
 * the file itself is personal data.
 */
@Stateless
public class PersonalData {

  private static final Logger LOG = Logger.getLogger(PersonalData.class.getName());

  /** The longest user id the identity store holds. */
  public static final int USER_ID_MAX = 64;

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  @Inject private HeldAboutPerson held;
  @Inject private TaskAccess access;
  @Inject private OrganisationTime time;

  /**
   * Refuses anyone but an administrator, and logs the attempt: the page asks before it shows
   * anything.
   */
  public void requireAdministrator(@NotBlank String requesterId) {
    if (!access.isMember(requesterId, Roles.ADMINISTRATORS)) {
      String message = "Refused: " + requesterId + " may not see or export personal data";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
  }

  /** Everything held about {@code subjectId}; only an administrator may ask. */
  public PersonalDataExport export(@NotBlank String subjectId, @NotBlank String requesterId) {
    requireAdministrator(requesterId);
    String userId = subjectId.strip();
    if (userId.length() > USER_ID_MAX || !TextCharacters.isSingleLine(userId)) {
      throw new InvalidRequestException("privacy.userId.invalid", "No such user id: " + userId);
    }
    JsonObject person = held.person(userId);
    String fullName = fullName(person);
    String email = person.containsKey("email") ? person.getString("email") : null;

    Map<String, JsonArray> sections = new LinkedHashMap<>();
    sections.put("preferences", held.preferences(userId));
    sections.put("unitsManaged", held.unitsManaged(userId));
    sections.put("profiles", held.profiles(userId, fullName, email));
    sections.put("profileHistory", held.profileEvents(userId));
    sections.put("tasks", held.tasks(userId));
    sections.put("taskComments", held.comments(userId));
    sections.put("drafts", held.drafts(userId));
    sections.put("fakeReports", held.fakeReports(userId));
    sections.put("accountImports", held.accountImports(userId));
    sections.put("emails", held.emails(email));

    JsonObjectBuilder document =
        Json.createObjectBuilder()
            .add("exportedAt", time.now().toString())
            .add("exportedBy", requesterId)
            .add("person", person);
    Map<String, Integer> counts = new LinkedHashMap<>();
    sections.forEach(
        (name, items) -> {
          document.add(name, items);
          counts.put(name, items.size());
        });
    LOG.info(requesterId + " exported the personal data held about " + userId + ": " + counts);
    return new PersonalDataExport(
        userId, "personal-data-" + fileSafe(userId) + ".json", json(document.build()), counts);
  }

  private static String fullName(JsonObject person) {
    String first = person.containsKey("firstName") ? person.getString("firstName") : "";
    String last = person.containsKey("lastName") ? person.getString("lastName") : "";
    String name = (first + " " + last).strip();
    return name.isEmpty() ? null : name;
  }

  private static byte[] json(JsonObject document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonWriter writer = PRETTY.createWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
      writer.writeObject(document);
    }
    return bytes.toByteArray();
  }

  /** A user id as part of a file name: letters, digits, dots, dashes and underscores only. */
  static String fileSafe(String userId) {
    return userId.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
