/*
 * The client side of bench/compare.sh, run as a single-file Java program (java EngineLoad.java):
 * the same requests to the engine's REST API and to Cockpit's statistics, whichever server answers.
 * This is a benchmark, not a test. It prints "key=value" lines for compare.sh to read.
 *
 *   java bench/EngineLoad.java rest BASE_URL USER PASSWORD [INSTANCES] [CLIENTS]
 *   java bench/EngineLoad.java statistics BASE_URL USER PASSWORD [CALLS]
 *
 * Two modes, so that compare.sh can read the server's CPU time around the REST run alone.
 * rest:
 * 1. deploys a start -> user task -> end process through POST /engine-rest/deployment/create;
 * 2. CLIENTS threads together start, find (task query) and complete INSTANCES instances of it:
 *    three requests each, timed as a whole -> rest_requests, rest_seconds, rest_per_second;
 * statistics:
 *    signs in to Cockpit as a person would (the webapps' login with their CSRF token) and asks
 *    Cockpit's process statistics (what its dashboard and process list show) CALLS times in a row -> statistics_p50_ms, statistics_p95_ms.
 */
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class EngineLoad {

  static final String PROCESS_KEY = "bench-user-task";

  static final String MODEL =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="bench" targetNamespace="bench">
        <bpmn:process id="bench-user-task" name="Bench: one user task" isExecutable="true"
            camunda:historyTimeToLive="1">
          <bpmn:startEvent id="start"/>
          <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="task"/>
          <bpmn:userTask id="task" name="Do it" camunda:candidateGroups="camunda-admin"/>
          <bpmn:sequenceFlow id="toEnd" sourceRef="task" targetRef="end"/>
          <bpmn:endEvent id="end"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  final String base;
  final String basic;
  final HttpClient http = HttpClient.newBuilder().build();

  EngineLoad(String base, String user, String password) {
    this.base = base;
    this.basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    EngineLoad load = new EngineLoad(args[1], args[2], args[3]);
    if (mode.equals("rest")) {
      int instances = args.length > 4 ? Integer.parseInt(args[4]) : 200;
      int clients = args.length > 5 ? Integer.parseInt(args[5]) : 8;
      load.deploy();
      load.oneInstance(); // the first instance warms the paths, as a first user would
      long t0 = System.nanoTime();
      int requests = load.run(instances, clients);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "rest_requests=%d%nrest_seconds=%.3f%nrest_per_second=%.1f%n",
          requests, seconds, requests / seconds);
    } else {
      int calls = args.length > 4 ? Integer.parseInt(args[4]) : 100;
      List<Double> millis = load.statistics(args[2], args[3], calls);
      System.out.printf(
          "statistics_p50_ms=%.1f%nstatistics_p95_ms=%.1f%n",
          percentile(millis, 50), percentile(millis, 95));
    }
  }

  void deploy() throws Exception {
    String boundary = "----bench" + System.nanoTime();
    String body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"model\"; filename=\"bench.bpmn\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n" + MODEL + "\r\n--" + boundary + "--\r\n";
    send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)), 200);
  }

  int run(int instances, int clients) throws Exception {
    AtomicInteger left = new AtomicInteger(instances);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Integer>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(pool.submit(() -> {
        int requests = 0;
        while (left.getAndDecrement() > 0) {
          requests += oneInstance();
        }
        return requests;
      }));
    }
    int requests = 0;
    for (Future<Integer> f : done) {
      requests += f.get();
    }
    pool.shutdown();
    return requests;
  }

  int oneInstance() throws Exception {
    String started = send(json("/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", "{}"), 200);
    String instance = firstId(started);
    String tasks = send(get("/engine-rest/task?processInstanceId=" + instance), 200);
    String task = firstId(tasks);
    send(json("/engine-rest/task/" + task + "/complete", "{}"), 204);
    return 3;
  }

  List<Double> statistics(String user, String password, int calls) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    // The webapps hand out their CSRF token as a cookie and a header on the first page.
    HttpResponse<String> page = browser.send(
        HttpRequest.newBuilder(URI.create(base + "/camunda/app/cockpit/default/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = browser.send(
        HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/cockpit"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Cockpit login answered " + login.statusCode() + ": " + login.body());
    }
    URI statistics = URI.create(base
        + "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?firstResult=0&maxResults=50");
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < calls + 5; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> answer = browser.send(
          HttpRequest.newBuilder(statistics).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString());
      double ms = (System.nanoTime() - t0) / 1e6;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("statistics answered " + answer.statusCode() + ": " + answer.body());
      }
      if (i >= 5) { // the first five warm the path
        millis.add(ms);
      }
    }
    return millis;
  }

  HttpRequest.Builder json(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET();
  }

  String send(HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> answer =
        http.send(request.header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != expected) {
      throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  static String firstId(String json) {
    Matcher m = ID.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return m.group(1);
  }

  static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
