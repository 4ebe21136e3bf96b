package fi.virkaprofiili.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the portal over plain HTTP, with its own cookies and no redirects followed: the
 * security ITs look at each answer as it is. JSF forms are posted as a browser would, with the
 * hidden fields (the view state) read from the page.
 */
final class WebClient {

  private static final Pattern FORM =
      Pattern.compile("<form\\b[^>]*>.*?</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern FIELD =
      Pattern.compile("<(input|button|textarea|select)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

  /** The nonce a page's PrimeFaces is given; it sends it back with every form, and so do we. */
  static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final URI base;
  private final HttpClient http;

  WebClient(URL base) {
    this(base, new CookieManager());
  }

  /**
   * A visitor whose cookies are {@code cookies}: the same browser, at another address of the same
   * host (cookies are not kept by port), as when a proxy sends it to another node.
   */
  WebClient(URL base, CookieManager cookies) {
    try {
      String root = base.toString().endsWith("/") ? base.toString() : base + "/";
      this.base = new URI(root);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
    this.http =
        HttpClient.newBuilder()
            // as a browser talks to the portal: no h2c upgrade, which hostile headers can break
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** The answer to a GET of {@code path} (relative to the application, query included). */
  Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(resolve(path)).GET());
  }

  /** The answer to a form POST of {@code fields} to {@code path}. */
  Answer post(String path, Map<String, String> fields) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
  }

  Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            request.timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Location").orElse(""),
        response.body(),
        response.headers());
  }

  URI resolve(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** Signs in through the portal's own form (demo users' passwords are their ids). */
  void signIn(String user) throws IOException, InterruptedException {
    Answer page = get("login.xhtml");
    Map<String, String> fields = formFields(page.body(), "loginForm");
    fields.put("loginForm:username", user);
    fields.put("loginForm:password", user);
    fields.put("loginForm:signIn", "");
    Answer signedIn = post("login.xhtml", fields);
    if (signedIn.status() != 302 || signedIn.location().contains("login.xhtml")) {
      throw new IllegalStateException(user + " could not sign in: " + signedIn.status());
    }
  }

  /**
   * The fields a browser would send with the form {@code formId}: its inputs with their values and
   * no button (the caller adds the one pressed).
   */
  static Map<String, String> formFields(String html, String formId) {
    Map<String, String> fields = new LinkedHashMap<>();
    String form = form(html, formId);
    if (form == null) {
      return fields;
    }
    Matcher field = FIELD.matcher(form);
    while (field.find()) {
      Map<String, String> attributes = attributes(field.group(2));
      String name = attributes.get("name");
      String type = attributes.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
      if (name == null
          || field.group(1).equalsIgnoreCase("button")
          || type.equals("submit")
          || type.equals("checkbox")
          || type.equals("radio")) {
        continue;
      }
      fields.put(name, unescape(attributes.getOrDefault("value", "")));
    }
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    return fields;
  }

  /** The names of the form's buttons, as a browser sends the one pressed. */
  static java.util.List<String> buttons(String html, String formId) {
    String form = form(html, formId);
    if (form == null) {
      return java.util.List.of();
    }
    java.util.List<String> names = new java.util.ArrayList<>();
    Matcher field = FIELD.matcher(form);
    while (field.find()) {
      Map<String, String> attributes = attributes(field.group(2));
      String type = attributes.getOrDefault("type", "").toLowerCase(java.util.Locale.ROOT);
      if (attributes.containsKey("name")
          && (field.group(1).equalsIgnoreCase("button") || type.equals("submit"))) {
        names.add(attributes.get("name"));
      }
    }
    return names;
  }

  static boolean hasForm(String html, String formId) {
    return form(html, formId) != null;
  }

  private static String form(String html, String formId) {
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      String start = form.group().substring(0, form.group().indexOf('>') + 1);
      if (formId.equals(attributes(start).get("id"))) {
        return form.group();
      }
    }
    return null;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      attributes.putIfAbsent(
          attribute.group(1).toLowerCase(java.util.Locale.ROOT), attribute.group(2));
    }
    return attributes;
  }

  private static String unescape(String value) {
    return value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> query(e.getKey()) + "=" + query(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  /** An answer: status, content type, where a redirect points, the body and every header. */
  record Answer(
      int status,
      String contentType,
      String location,
      String body,
      java.net.http.HttpHeaders headers) {

    boolean isRedirect() {
      return status >= 300 && status < 400;
    }

    boolean isJson() {
      return contentType.startsWith("application/json");
    }
  }
}
