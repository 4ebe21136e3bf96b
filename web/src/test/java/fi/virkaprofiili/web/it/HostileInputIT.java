package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input against every public parameter and form, and the task forms' parameters, over plain
 * HTTP: whatever comes in, the answer is never a 5xx, and the JSON API answers JSON with a status
 * and a reason, never HTML. Each finding names the target, the payload and the status.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  /** What an attacker sends: empty, overlong, control characters, odd Unicode, injections. */
  static final List<String> PAYLOADS =
      List.of(
          "",
          " ",
          "\u0000",
          "%00",
          "a\u0000b",
          "\r\n",
          "a\r\nSet-Cookie: x=y",
          "\t",
          "\u0085",
          "\u2028",
          "\u202e",
          "\ufeff",
          "\ud83d\ude00",
          "\ud800",
          "İıß",
          "x".repeat(2049),
          "x".repeat(5000),
          "'",
          "' OR '1'='1",
          "1; DROP TABLE profile;--",
          "%' AND 1=1 --",
          "#{1+1}",
          "${7*7}",
          "#{facesContext.externalContext.sessionMap}",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "../../../../etc/passwd",
          "%2e%2e%2f",
          "99999999999999999999",
          "2147483647",
          "2147483648",
          "-1",
          "-2147483648",
          "0",
          "1e309",
          "NaN",
          "0x7fffffff",
          "1.5",
          "null",
          "[]",
          "{\"a\":1}",
          "\\",
          "%",
          "&",
          "=",
          "//evil.example/",
          "https://evil.example/login?next=official",
          "@a@b@c",
          "FACEBOOK\u0000",
          "sv\r\n",
          "xx");

  /** Few: each failed sign-in and each public report counts against the client's budget. */
  static final List<String> BUDGETED_PAYLOADS =
      List.of("", "\u0000", "a\r\nb", "x".repeat(5000), "' OR '1'='1", "#{1+1}", "\ud800");

  @ArquillianResource private URL base;

  private final List<String> findings = new ArrayList<>();
  private int requests;

  @Test
  void publicParametersNeverAnswer5xx() throws Exception {
    WebClient visitor = new WebClient(base);
    Map<String, List<String>> pages = new LinkedHashMap<>();
    pages.put("registry.xhtml", List.of("q", "unit", "channel", "language", "state", "page"));
    pages.put("verify.xhtml", List.of("address"));
    pages.put("report.xhtml", List.of("address"));
    pages.put("embed.xhtml", List.of("unit", "lang"));
    pages.put("index.xhtml", List.of("lang"));
    pages.put("login.xhtml", List.of("lang"));
    pages.put("api/registry/verify", List.of("url"));
    pages.put(
        "api/registry/profiles",
        List.of("q", "unit", "channel", "language", "state", "page", "size"));
    pages.put("api/registry/feed", List.of("unit"));
    pages.put("api/registry/profiles.csv", List.of("unit", "q"));
    for (var page : pages.entrySet()) {
      for (String parameter : page.getValue()) {
        for (String payload : PAYLOADS) {
          check(
              "GET " + page.getKey() + "?" + parameter,
              payload,
              visitor.get(page.getKey() + "?" + parameter + "=" + WebClient.query(payload)),
              page.getKey().startsWith("api/"));
        }
      }
    }
    // the registry's pages, as the hole was found
    for (String query : List.of("page=21474837&size=100", "page=999999999", "page=-5")) {
      check("GET registry.xhtml", query, visitor.get("registry.xhtml?" + query), false);
      check("GET api", query, visitor.get("api/registry/profiles?" + query), true);
    }
    report();
  }

  @Test
  void publicFormsNeverAnswer5xx() throws Exception {
    for (String payload : BUDGETED_PAYLOADS) {
      WebClient visitor = new WebClient(base);
      Map<String, String> login =
          WebClient.formFields(visitor.get("login.xhtml").body(), "loginForm");
      login.put("loginForm:username", payload);
      login.put("loginForm:password", payload);
      login.put("loginForm:signIn", "");
      check("POST login", payload, visitor.post("login.xhtml", login), false);

      Map<String, String> report =
          WebClient.formFields(visitor.get("report.xhtml").body(), "reportForm");
      report.put("reportForm:address", payload);
      report.put("reportForm:description", payload);
      report.put("reportForm:contact", payload);
      report.put("reportForm:submit", "");
      check("POST report", payload, visitor.post("report.xhtml", report), false);
    }
    report();
  }

  @Test
  void forgedViewStatesAreAnsweredAsExpiredPages() throws Exception {
    WebClient sanna = new WebClient(base);
    sanna.signIn("sanna");
    Map<String, String> preferences =
        WebClient.formFields(sanna.get("portal/preferences.xhtml").body(), "preferencesForm");
    for (String forged :
        List.of("stateless", "", "0:0", "-1:-1", "x".repeat(5000), "\u0000", "rO0ABXNy")) {
      Map<String, String> posted = new LinkedHashMap<>(preferences);
      posted.put("jakarta.faces.ViewState", forged);
      posted.put("preferencesForm:save", "");
      WebClient.Answer answer = sanna.post("portal/preferences.xhtml", posted);
      check("POST preferences with view state", forged, answer, false);
      if (answer.status() == 200 && answer.body().contains("id=\"preferencesForm\"")) {
        // an empty view state is no postback: the page is shown again, as for a GET
        continue;
      }
      boolean expired = answer.isRedirect() && answer.location().endsWith("/error/expired.xhtml");
      if (answer.status() < 400 && !expired) {
        findings.add(
            "POST preferences with view state " + shortly(forged) + " -> " + answer.status());
      }
    }
    WebClient visitor = new WebClient(base);
    Map<String, String> login =
        WebClient.formFields(visitor.get("login.xhtml").body(), "loginForm");
    login.put("jakarta.faces.ViewState", "stateless");
    login.put("loginForm:username", "nobody");
    login.put("loginForm:password", "nobody");
    login.put("loginForm:signIn", "");
    check("POST login with view state", "stateless", visitor.post("login.xhtml", login), false);
    report();
  }

  @Test
  void taskParametersAndCommentsNeverAnswer5xx() throws Exception {
    Map<String, String> seed = SecuritySeed.seed(base);
    WebClient sanna = new WebClient(base);
    sanna.signIn("sanna");
    List<String> forms =
        List.of(
            "decide",
            "agree",
            "revise",
            "access",
            "account",
            "consent",
            "review",
            "closure",
            "closing",
            "investigate",
            "index");
    List<String> taskIds =
        new ArrayList<>(List.of("", "%00", "\u0000", "x".repeat(3000), "-1", "' OR '1'='1"));
    for (String form : forms) {
      for (String payload : taskIds) {
        check(
            "GET tasks/" + form + "?task",
            payload,
            sanna.get("portal/tasks/" + form + ".xhtml?task=" + WebClient.query(payload)),
            false);
      }
      check("GET tasks/" + form, "(no task)", sanna.get("portal/tasks/" + form + ".xhtml"), false);
    }
    // a task opened on the form of another kind: sanna's revision on every other form
    String revision = seed.get(REVISE_PROPOSAL);
    for (String form : forms) {
      WebClient.Answer answer = sanna.get("portal/tasks/" + form + ".xhtml?task=" + revision);
      check("GET tasks/" + form + " with a revision task", revision, answer, false);
      if (!form.equals("revise") && !form.equals("index") && answer.status() == 200) {
        findings.add("tasks/" + form + " opened a revision task: " + answer.status());
      }
    }
    for (String id : List.of("", "\u0000", "-1", "99999999999999999999", "x")) {
      check(
          "GET proposals/profile?id",
          id,
          sanna.get("portal/proposals/profile.xhtml?id=" + WebClient.query(id)),
          false);
    }
    // comments on sanna's own revision task, sent as the page's Ajax request is
    String page = "portal/tasks/revise.xhtml?task=" + revision;
    for (String comment : List.of(" ", "\u0000", "a\u0000b", "\t\r\n", "x".repeat(100_000))) {
      Map<String, String> fields = WebClient.formFields(sanna.get(page).body(), "commentForm");
      fields.put("commentForm:comment", comment);
      WebClient.Answer answer = sanna.send(ajax(sanna, page, fields, "commentForm", "addComment"));
      check("POST comment", comment, answer, false);
    }
    // an empty or unknown language preference
    for (String language : List.of("", "\u0000", "xx", "fi\r\n")) {
      String preferences = "portal/preferences.xhtml";
      Map<String, String> fields =
          WebClient.formFields(sanna.get(preferences).body(), "preferencesForm");
      fields.put("preferencesForm:language", language);
      WebClient.Answer answer =
          sanna.send(ajax(sanna, preferences, fields, "preferencesForm", "save"));
      check("POST preference language", language, answer, false);
    }
    report();
  }

  @Test
  void unitParametersAndFormsNeverAnswer5xx() throws Exception {
    WebClient tiina = new WebClient(base);
    tiina.signIn("tiina");
    for (String payload : PAYLOADS) {
      check(
          "GET units/unit",
          payload,
          tiina.get("portal/units/unit.xhtml?code=" + WebClient.query(payload)),
          false);
    }
    check("GET units/unit", "(no code)", tiina.get("portal/units/unit.xhtml"), false);
    // a new unit whose code the page refuses, so that nothing is created whatever else passes
    for (String payload : BUDGETED_PAYLOADS) {
      Map<String, String> fields =
          WebClient.formFields(tiina.get("portal/units/index.xhtml").body(), "unitForm");
      fields.put("unitForm:code", "not a code");
      for (String field : List.of("nameFi", "nameSv", "nameEn", "why", "parent", "manager")) {
        fields.put("unitForm:" + field, payload);
      }
      fields.put("unitForm:create", "");
      check("POST new unit", payload, tiina.post("portal/units/index.xhtml", fields), false);
    }
    // a move to a unit that does not exist: nothing moves
    String unitPage = "portal/units/unit.xhtml?code=culture";
    for (String payload : BUDGETED_PAYLOADS) {
      Map<String, String> fields = WebClient.formFields(tiina.get(unitPage).body(), "moveForm");
      fields.put("moveForm:moveTo", payload);
      fields.put("moveForm:moveWhy", payload);
      fields.put("moveForm:profiles", payload);
      fields.put("moveForm:move", "");
      check("POST move", payload, tiina.post(unitPage, fields), false);
    }
    report();
  }

  @Test
  void secondClosureRequestIsAClearRefusal() throws Exception {
    Map<String, String> seed = SecuritySeed.seed(base);
    WebClient manager = new WebClient(base);
    manager.signIn(seed.get("manager"));
    String page = "portal/proposals/profile.xhtml?id=" + seed.get("profile");
    WebClient.Answer form = manager.get(page);
    Map<String, String> fields = WebClient.formFields(form.body(), "closureRequestForm");
    List<String> buttons = WebClient.buttons(form.body(), "closureRequestForm");
    assertThat(buttons).as("the manager is offered the closure request").isNotEmpty();
    fields.put(buttons.get(0), "");
    WebClient.Answer first = manager.post(page, fields);
    assertThat(first.status()).as("the first request").isEqualTo(302);

    // the page no longer offers a second request while the first waits ...
    WebClient.Answer again = manager.get(page);
    assertThat(again.status()).isEqualTo(200);
    assertThat(WebClient.hasForm(again.body(), "closureRequestForm"))
        .as("a second closure request offered")
        .isFalse();
    // ... and the first page's form, sent again, is refused without a failure (the boundary's
    // conflict itself: ProfileInUseIT)
    WebClient.Answer replay = manager.post(page, fields);
    check("POST second closure request", "", replay, false);
    report();
  }

  @Test
  void uploadsTooLargeOrMalformedAreRefused() throws Exception {
    WebClient tiina = new WebClient(base);
    tiina.signIn("tiina");
    String page = "portal/import.xhtml";
    Map<String, String> fields = WebClient.formFields(tiina.get(page).body(), "uploadForm");
    String boundary = "----hostile" + System.nanoTime();

    byte[] huge = multipart(boundary, fields, 50 * 1024 * 1024);
    WebClient.Answer tooLarge = tiina.send(multipartRequest(tiina, page, boundary, huge));
    check("POST import 50 MB", "", tooLarge, false);
    assertThat(tooLarge.status()).as("a 50 MB upload").isEqualTo(413);
    assertThat(tooLarge.contentType()).startsWith("text/html");

    for (String body :
        List.of(
            "garbage",
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"uploadForm\"\r\n\r\nx",
            "--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\n\r\n--" + boundary + "--",
            "--" + boundary + "--\r\n")) {
      WebClient.Answer answer =
          tiina.send(
              multipartRequest(tiina, page, boundary, body.getBytes(StandardCharsets.UTF_8)));
      check("POST import malformed multipart", body, answer, false);
    }
    WebClient.Answer noBoundary =
        tiina.send(
            HttpRequest.newBuilder(tiina.resolve(page))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
    check("POST import without boundary", "", noBoundary, false);
    report();
  }

  @Test
  void theApiAnswersJsonForEveryError() throws Exception {
    WebClient visitor = new WebClient(base);
    checkJson("GET unknown", visitor.get("api/nothing/here"), 404);
    checkJson("GET unknown", visitor.get("api/registry/profiles/1/x"), 404);
    checkJson("GET api", visitor.get("api/"), 404);
    checkJson(
        "POST profiles",
        visitor.send(
            HttpRequest.newBuilder(visitor.resolve("api/registry/profiles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))),
        405);
    checkJson(
        "DELETE verify",
        visitor.send(HttpRequest.newBuilder(visitor.resolve("api/registry/verify")).DELETE()),
        405);
    checkJson(
        "GET profiles as XML",
        visitor.send(
            HttpRequest.newBuilder(visitor.resolve("api/registry/profiles"))
                .header("Accept", "application/xml")),
        406);
    checkJson("GET verify", visitor.get("api/registry/verify"), 400);
    checkJson("GET verify", visitor.get("api/registry/verify?url=x"), 400);
    report();
  }

  private void checkJson(String target, WebClient.Answer answer, int status) {
    requests++;
    if (answer.status() != status
        || !answer.isJson()
        || !answer.body().contains("\"status\":" + status)
        || !answer.body().contains("\"reason\"")) {
      findings.add(
          target
              + " -> "
              + answer.status()
              + " "
              + answer.contentType()
              + " "
              + shortly(answer.body()));
    }
  }

  private void check(String target, String payload, WebClient.Answer answer, boolean api) {
    requests++;
    boolean failed =
        answer.status() >= 500
            || answer.location().contains("/error/500")
            // an Ajax request sent to the server error page (every page names that page in
            // PrimeFaces' settings, so the body as such says nothing)
            || answer.body().contains("error/500.xhtml\"></redirect>")
            || answer.body().contains("<error><error-name>")
            || answer.body().contains("\tat fi.virkaprofiili")
            || answer.body().contains("\tat org.");
    boolean notJson = api && answer.status() >= 400 && !answer.isJson();
    if (failed || notJson) {
      findings.add(
          target
              + "="
              + shortly(payload)
              + " -> "
              + answer.status()
              + (notJson ? " (not JSON: " + answer.contentType() + ")" : ""));
    }
  }

  private void report() {
    assertThat(findings)
        .as(findings.size() + " of " + requests + " hostile requests answered wrongly")
        .isEmpty();
  }

  private static String shortly(String text) {
    String visible = text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
    return visible.length() > 60 ? visible.substring(0, 60) + "…(" + text.length() + ")" : visible;
  }

  private static HttpRequest.Builder ajax(
      WebClient client, String page, Map<String, String> fields, String form, String button) {
    Map<String, String> posted = new LinkedHashMap<>(fields);
    posted.put("jakarta.faces.partial.ajax", "true");
    posted.put("jakarta.faces.source", form + ":" + button);
    posted.put("jakarta.faces.partial.execute", form);
    posted.put("jakarta.faces.partial.render", form);
    posted.put(form + ":" + button, form + ":" + button);
    return HttpRequest.newBuilder(client.resolve(page))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest")
        .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(posted)));
  }

  private static HttpRequest.Builder multipartRequest(
      WebClient client, String page, String boundary, byte[] body) {
    return HttpRequest.newBuilder(client.resolve(page))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private static byte[] multipart(String boundary, Map<String, String> fields, int fileSize) {
    StringBuilder head = new StringBuilder();
    for (var field : fields.entrySet()) {
      head.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"")
          .append(field.getKey())
          .append("\"\r\n\r\n")
          .append(field.getValue())
          .append("\r\n");
    }
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"uploadForm:upload\"\r\n\r\n\r\n");
    head.append("--")
        .append(boundary)
        .append(
            "\r\nContent-Disposition: form-data; name=\"uploadForm:file\"; filename=\"big.csv\"\r\n")
        .append("Content-Type: text/csv\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[start.length + fileSize + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    java.util.Arrays.fill(body, start.length, start.length + fileSize, (byte) 'a');
    System.arraycopy(end, 0, body, start.length + fileSize, end.length);
    return body;
  }
}
