package fi.virkaprofiili.web.platform;

import java.util.Map;
import java.util.Optional;

/**
 * The public pages' addresses as people are told them ({@code /registry}, not {@code
 * /registry.xhtml}): {@link CleanAddressFilter} serves them and sends the old ones there, and
 * {@link CleanAddressViewHandler} writes them in every link and form. The portal behind sign-in,
 * the embedded listing ({@code /embed.xhtml}, framed by other sites as it is), the API and
 * Camunda's web apps keep their addresses.
 */
public final class CleanAddresses {

  /** Clean path by view id. */
  private static final Map<String, String> BY_VIEW =
      Map.of(
          "/registry.xhtml", "/registry",
          "/verify.xhtml", "/verify",
          "/report.xhtml", "/report",
          "/accessibility.xhtml", "/accessibility");

  private CleanAddresses() {}

  /** The clean path of a view, such as {@code /registry} for {@code /registry.xhtml}. */
  public static Optional<String> ofView(String viewId) {
    return Optional.ofNullable(viewId).map(BY_VIEW::get);
  }

  /** The view a clean path shows, such as {@code /registry.xhtml} for {@code /registry}. */
  public static Optional<String> viewOf(String path) {
    return BY_VIEW.entrySet().stream()
        .filter(entry -> entry.getValue().equals(path))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * A URL Faces wrote for a view ({@code /ctx/registry.xhtml?q=x}) with the view's clean path
   * instead, query and fragment kept; any other URL as it is.
   */
  public static String cleaned(String url, String contextPath) {
    for (Map.Entry<String, String> page : BY_VIEW.entrySet()) {
      String written = contextPath + page.getKey();
      if (url.equals(written)
          || url.startsWith(written + "?")
          || url.startsWith(written + "#")
          || url.startsWith(written + ";")) {
        return contextPath + page.getValue() + url.substring(written.length());
      }
    }
    return url;
  }
}
