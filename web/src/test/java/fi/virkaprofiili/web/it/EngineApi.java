package fi.virkaprofiili.web.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's REST API as the administrator uses it, for browser journeys that must move time:
 * they run a timer's job now instead of waiting months for it.
 */
final class EngineApi {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern BUSINESS_KEY =
      Pattern.compile("\"businessKey\"\\s*:\\s*\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  EngineApi(URL base) throws Exception {
    this.base = base.toURI();
  }

  /** Ids of profiles managed by this manager whose lifecycle waits at this element. */
  List<String> profilesWaitingAt(String activityId, String unitManager) throws Exception {
    String json =
        get(
            "engine-rest/process-instance?processDefinitionKey=profile-lifecycle&activityIdIn="
                + activityId
                + "&variables=unitManager_eq_"
                + unitManager);
    List<String> keys = new ArrayList<>();
    Matcher matcher = BUSINESS_KEY.matcher(json);
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
    return keys;
  }

  /** Waits for the timer of the profile's lifecycle at this element, then runs it now. */
  void fireTimer(String profileId, String activityId) throws Exception {
    String processInstance =
        first(
            ID,
            get(
                "engine-rest/process-instance?processDefinitionKey=profile-lifecycle&businessKey="
                    + profileId));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    String job = null;
    while (job == null && Instant.now().isBefore(deadline)) {
      job =
          first(
              ID,
              get(
                  "engine-rest/job?timers=true&processInstanceId="
                      + processInstance
                      + "&activityId="
                      + activityId));
      if (job == null) {
        Thread.sleep(250);
      }
    }
    if (job == null) {
      throw new AssertionError("No " + activityId + " timer for profile " + profileId);
    }
    HttpResponse<String> executed =
        http.send(
            request("engine-rest/job/" + job + "/execute")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (executed.statusCode() != 204) {
      throw new AssertionError(
          "Running the timer answered " + executed.statusCode() + ": " + executed.body());
    }
  }

  /** The count a {@code .../count} resource of the REST API answers. */
  long count(String path) throws Exception {
    String count = first(Pattern.compile("\"count\"\\s*:\\s*(\\d+)"), get(path));
    if (count == null) {
      throw new AssertionError("GET " + path + " gave no count");
    }
    return Long.parseLong(count);
  }

  /** The one task waiting in the process with this business key, such as a report's reference. */
  String taskOf(String businessKey) throws Exception {
    String task = first(ID, get("engine-rest/task?processInstanceBusinessKey=" + businessKey));
    if (task == null) {
      throw new AssertionError("No task waits for " + businessKey);
    }
    return task;
  }

  /** Sets the task's due date, as a process would have; its name, assignee and priority stay. */
  void setDue(String taskId, Instant due) throws Exception {
    String task = get("engine-rest/task/" + taskId);
    String date =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(java.time.ZoneOffset.UTC)
            .format(due);
    String body =
        "{\"name\":"
            + field(task, "name")
            + ",\"assignee\":"
            + field(task, "assignee")
            + ",\"priority\":"
            + field(task, "priority")
            + ",\"due\":\""
            + date
            + "\"}";
    send(
        request("engine-rest/task/" + taskId)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        204);
  }

  /**
   * A field's JSON value as it stands in the object: a string with its quotes, a number, or null.
   */
  private static String field(String json, String name) {
    Matcher matcher =
        Pattern.compile("\"" + name + "\"\\s*:\\s*(null|\"[^\"]*\"|-?[0-9]+)").matcher(json);
    return matcher.find() ? matcher.group(1) : "null";
  }

  /**
   * A user of the group, with an e-mail address; the password is the user name, as for demo users.
   */
  void createUser(String userId, String groupId) throws Exception {
    String profile =
        "{\"profile\":{\"id\":\""
            + userId
            + "\",\"firstName\":\""
            + userId
            + "\",\"lastName\":\"Test\",\"email\":\""
            + userId
            + "@example.org\"},\"credentials\":{\"password\":\""
            + userId
            + "\"}}";
    send(
        request("engine-rest/user/create")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(profile))
            .build(),
        204);
    send(
        request("engine-rest/group/" + groupId + "/members/" + userId)
            .PUT(HttpRequest.BodyPublishers.noBody())
            .build(),
        204);
  }

  private void send(HttpRequest request, int expected) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new AssertionError(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode());
    }
    return response.body();
  }

  private HttpRequest.Builder request(String path) {
    String credentials = Base64.getEncoder().encodeToString("admin:admin".getBytes());
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Authorization", "Basic " + credentials)
        .header("Accept", "application/json");
  }

  private static String first(Pattern pattern, String json) {
    Matcher matcher = pattern.matcher(json);
    return matcher.find() ? matcher.group(1) : null;
  }
}
