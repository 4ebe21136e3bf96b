package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.processes.FakeProfileReport;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role × action matrix, from outside over plain HTTP: every portal page and every kind of task
 * form, opened (GET) and acted on (POST) by an anonymous visitor and by each role, with a task that
 * belongs to someone else. Each cell says whether it is allowed; a denied cell must answer a
 * redirect (to sign-in for the anonymous) or a 4xx, never the form, never a 5xx, and the task must
 * still wait as it did. No browser, so it runs in both database rounds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

  private static final String ANONYMOUS = "(anonymous)";

  /** A kind of task: its BPMN id, its form page and the id of the form on it. */
  record TaskForm(String key, String page, String formId) {}

  private static final List<TaskForm> TASK_FORMS =
      List.of(
          new TaskForm(MANAGER_DECISION, "decide", "decisionForm"),
          new TaskForm(COMMUNICATIONS_AGREEMENT, "agree", "agreementForm"),
          new TaskForm(REVISE_PROPOSAL, "revise", "proposalForm"),
          new TaskForm(REGISTER_ACCESS, "access", "accessForm"),
          new TaskForm(RECORD_ACCOUNT_ADDRESS, "account", "accountForm"),
          new TaskForm(EXPERT_CONSENT, "consent", "consentForm"),
          new TaskForm(PERIODIC_REVIEW, "review", "reviewForm"),
          new TaskForm(CLOSURE_DECISION, "closure", "closureForm"),
          new TaskForm(POST_CLOSURE_NOTICE, "closing", "closingForm"),
          new TaskForm(FakeProfileReport.INVESTIGATE_REPORT, "investigate", "investigationForm"));

  @ArquillianResource private URL base;

  private Map<String, String> seed;
  private String manager;
  private List<String> users;
  private final Map<String, WebClient> clients = new HashMap<>();

  @BeforeEach
  void seed() throws Exception {
    seed = SecuritySeed.seed(base);
    manager = seed.get("manager");
    // staff, the manager of the tasks' unit, a manager of another unit, communications, IT, admin
    users = List.of(ANONYMOUS, "sanna", manager, "markus", "tiina", "ilkka", "admin");
  }

  /** Who may open and complete each kind of task the seed made (the others may not). */
  private Set<String> mayWorkOn(String taskKey) {
    return switch (taskKey) {
      case MANAGER_DECISION, CLOSURE_DECISION -> Set.of(manager);
      case COMMUNICATIONS_AGREEMENT, FakeProfileReport.INVESTIGATE_REPORT -> Set.of("tiina");
      case REGISTER_ACCESS, EXPERT_CONSENT -> Set.of("ilkka");
      default -> Set.of("sanna"); // the proposer: revision, account address, review, notice
    };
  }

  @Test
  void taskFormsOpenAndActOnlyForThoseTheTaskIsFor() throws Exception {
    Map<String, String> before = new LinkedHashMap<>();
    for (TaskForm form : TASK_FORMS) {
      before.put(form.key(), engineTask(seed.get(form.key())));
    }
    List<String> wrong = new ArrayList<>();
    Map<String, Map<String, String>> ownersFields = new HashMap<>();
    Map<String, List<String>> ownersButtons = new HashMap<>();

    for (TaskForm form : TASK_FORMS) {
      String path = "portal/tasks/" + form.page() + ".xhtml?task=" + seed.get(form.key());
      for (String user : users) {
        WebClient.Answer answer = client(user).get(path);
        boolean allowed = mayWorkOn(form.key()).contains(user);
        String cell = "GET " + form.page() + " as " + user + ": " + answer.status();
        if (allowed) {
          if (answer.status() != 200 || !WebClient.hasForm(answer.body(), form.formId())) {
            wrong.add(cell + " (allowed, but no form " + form.formId() + ")");
          } else {
            ownersFields.put(form.key(), WebClient.formFields(answer.body(), form.formId()));
            ownersButtons.put(form.key(), WebClient.buttons(answer.body(), form.formId()));
          }
        } else if (!isDenied(user, answer, form.formId())) {
          wrong.add(cell + " (denied, but answered " + answer.location() + ")");
        }
      }
    }

    for (TaskForm form : TASK_FORMS) {
      String path = "portal/tasks/" + form.page() + ".xhtml?task=" + seed.get(form.key());
      Map<String, String> fields = ownersFields.getOrDefault(form.key(), Map.of());
      List<String> buttons = ownersButtons.getOrDefault(form.key(), List.of());
      for (String user : users) {
        if (mayWorkOn(form.key()).contains(user)) {
          continue; // allowed cells are not acted on: the task must stay for the others
        }
        for (String button : buttons) {
          Map<String, String> posted = new LinkedHashMap<>(fields);
          posted.put(button, "");
          posted.put("task", seed.get(form.key()));
          posted.put("jakarta.faces.ViewState", ownViewState(user));
          WebClient.Answer answer = client(user).post(path, posted);
          // a refusal may also lead to the task list: the task's state below tells them apart
          if (!isDenied(user, answer, form.formId())) {
            wrong.add(
                "POST "
                    + form.page()
                    + " "
                    + button
                    + " as "
                    + user
                    + ": "
                    + answer.status()
                    + " "
                    + answer.location());
          }
        }
      }
    }

    for (TaskForm form : TASK_FORMS) {
      String after = engineTask(seed.get(form.key()));
      if (!after.equals(before.get(form.key()))) {
        wrong.add(form.key() + " changed: " + before.get(form.key()) + " -> " + after);
      }
    }
    assertThat(wrong).as("cells answered against the matrix").isEmpty();
    assertThat(ownersButtons)
        .as("every form was seen by whom it is for")
        .hasSize(TASK_FORMS.size());
  }

  /** A portal page, who may open it, and what only an allowed visitor sees on it. */
  record Page(String path, Set<String> allowed, String marker) {}

  @Test
  void portalPagesOpenOnlyForTheirRoles() throws Exception {
    Set<String> signedIn = Set.of("sanna", manager, "markus", "tiina", "ilkka", "admin");
    List<Page> pages =
        List.of(
            new Page("portal/tasks/index.xhtml", signedIn, "id=\"tasksForm\""),
            new Page("portal/proposals/mine.xhtml", signedIn, "id=\"proposalsForm\""),
            // A person with a draft is offered it first; either is the page.
            new Page(
                "portal/proposals/new.xhtml", signedIn, "id=\"proposalForm\"|id=\"draftForm\""),
            new Page("portal/reports/new.xhtml", signedIn, "id=\"reportForm\""),
            new Page("portal/preferences.xhtml", signedIn, "id=\"preferencesForm\""),
            // What only the page itself shows: every page has <main>, the sign-in form shown in a
            // protected page's place too.
            new Page(
                "portal/dashboard.xhtml",
                Set.of(manager, "markus", "tiina"),
                "id=\"byStateHeading\""),
            new Page(
                "portal/unit/profiles.xhtml",
                Set.of(manager, "markus", "tiina"),
                "id=\"unitProfilesForm\""),
            new Page("portal/accounts.xhtml", Set.of("ilkka"), "id=\"accountsForm\""),
            new Page("portal/import.xhtml", Set.of("tiina"), "id=\"uploadForm\""),
            new Page("portal/units/index.xhtml", Set.of("tiina", "admin"), "id=\"treeHeading\""),
            new Page(
                "portal/units/unit.xhtml?code=culture",
                Set.of("tiina", "admin"),
                "id=\"historyHeading\""),
            new Page("portal/leavers.xhtml", Set.of("admin"), "id=\"leaverForm\""),
            // a unit's manager for their units, an administrator for any; nobody else
            new Page(
                "portal/absence.xhtml",
                Set.of(manager, "markus", "tiina", "admin"),
                "id=\"absenceForm\""),
            new Page(
                "portal/proposals/profile.xhtml?id=" + seed.get("profile"),
                Set.of("sanna", manager, "tiina", "admin"),
                "id=\"timelineHeading\""));
    List<String> wrong = new ArrayList<>();
    for (Page page : pages) {
      for (String user : users) {
        WebClient.Answer answer = client(user).get(page.path());
        boolean allowed = page.allowed().contains(user);
        boolean shown = answer.status() == 200 && shows(answer.body(), page.marker());
        if (answer.status() >= 500
            || answer.location().contains("/error/500")
            || (allowed && !shown)
            || (!allowed && !isDeniedPage(user, answer, page.marker()))) {
          wrong.add(
              "GET "
                  + page.path()
                  + " as "
                  + user
                  + (allowed ? " (allowed): " : " (denied): ")
                  + answer.status()
                  + " "
                  + answer.location()
                  + (WebClient.hasForm(answer.body(), "loginForm") ? " (the sign-in form)" : ""));
        }
      }
    }
    assertThat(wrong).as("pages answered against the matrix").isEmpty();
  }

  /**
   * The same engine surfaces for every role: Camunda's REST API and webapps' API answer only
   * administrators (EngineApiAccessIT checks the happy path; this is the matrix).
   */
  @Test
  void engineApiAnswersOnlyAdministrators() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (String user : users) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(client(ANONYMOUS).resolve("engine-rest/task")).GET();
      if (!user.equals(ANONYMOUS)) {
        request.header("Authorization", WebClient.basic(user));
      }
      int status = new WebClient(base).send(request).status();
      int expected = user.equals("admin") ? 200 : user.equals(ANONYMOUS) ? 401 : 403;
      if (status != expected) {
        wrong.add("engine-rest/task as " + user + ": " + status + ", not " + expected);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Whether the page shows one of the markers, separated by {@code |}. */
  private static boolean shows(String body, String markers) {
    for (String marker : markers.split("\\|")) {
      if (body.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an anonymous visitor was sent to sign in: redirected to the sign-in page, or shown its
   * form in the page's place (the original address is kept for after sign-in).
   */
  private static boolean isSignIn(WebClient.Answer answer) {
    return answer.isRedirect() && answer.location().contains("login.xhtml")
        || answer.status() == 200 && WebClient.hasForm(answer.body(), "loginForm");
  }

  private boolean isDenied(String user, WebClient.Answer answer, String formId) {
    if (answer.status() >= 500 || answer.location().contains("/error/500")) {
      return false;
    }
    if (user.equals(ANONYMOUS)) {
      // a post without a session is answered as an expired page: nothing was acted on
      return isSignIn(answer) && !WebClient.hasForm(answer.body(), formId)
          || answer.isRedirect() && answer.location().contains("/error/expired")
          || answer.status() == 400
          || answer.status() == 403;
    }
    return (answer.isRedirect() || answer.status() >= 400 || answer.status() == 200)
        && !WebClient.hasForm(answer.body(), formId);
  }

  private boolean isDeniedPage(String user, WebClient.Answer answer, String marker) {
    if (user.equals(ANONYMOUS)) {
      return isSignIn(answer) && !shows(answer.body(), marker);
    }
    return answer.isRedirect()
        || (answer.status() >= 400 && answer.status() < 500)
        || (answer.status() == 200 && !shows(answer.body(), marker));
  }

  /** A view state of the user's own session (their task list), as a forger would hold. */
  private String ownViewState(String user) throws Exception {
    if (user.equals(ANONYMOUS)) {
      return "stateless";
    }
    WebClient.Answer list = client(user).get("portal/tasks/index.xhtml");
    return WebClient.formFields(list.body(), "tasksForm")
        .getOrDefault("jakarta.faces.ViewState", "stateless");
  }

  private WebClient client(String user) throws Exception {
    WebClient client = clients.get(user);
    if (client == null) {
      client = new WebClient(base);
      if (!user.equals(ANONYMOUS)) {
        client.signIn(user);
      }
      clients.put(user, client);
    }
    return client;
  }

  /** The task as the engine holds it (assignee and all), read as an administrator. */
  private String engineTask(String taskId) throws Exception {
    WebClient.Answer answer =
        new WebClient(base)
            .send(
                HttpRequest.newBuilder(client(ANONYMOUS).resolve("engine-rest/task/" + taskId))
                    .header("Authorization", WebClient.basic("admin"))
                    .GET());
    return answer.status() + " " + strip(answer.body());
  }

  /** The fields of the engine's JSON that say who has the task and whether it waits. */
  private static String strip(String json) {
    Function<String, String> field =
        name -> {
          int at = json.indexOf("\"" + name + "\":");
          if (at < 0) {
            return "";
          }
          int end = json.indexOf(',', at);
          return json.substring(at, end < 0 ? json.length() : end);
        };
    return String.join(
        " ",
        Arrays.asList(
            field.apply("id"),
            field.apply("assignee"),
            field.apply("suspended"),
            field.apply("followUp")));
  }
}
