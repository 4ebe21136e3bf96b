package fi.virkaprofiili.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the public pages at their clean addresses ({@code /registry?q=…} shows {@code
 * registry.xhtml}) and sends a request for the old address there for good (301), query kept, so
 * that bookmarks and links people already have keep working and search engines learn the new one.
 * Only GET and HEAD are redirected: a form posted to the old address is served where it is.
 *
 * <p>Mapped in web.xml, ahead of every filter declared by annotation: the registry's cache ({@code
 * AnonymousPageFilter}) then sees the page on the forward to it, never the old address.
 */
public class CleanAddressFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    Optional<String> view = CleanAddresses.viewOf(path);
    if (view.isPresent()) {
      request.getRequestDispatcher(view.get()).forward(request, response);
      return;
    }
    Optional<String> clean = CleanAddresses.ofView(path);
    if (clean.isPresent() && isRead(request)) {
      String query = request.getQueryString();
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader(
          "Location", request.getContextPath() + clean.get() + (query == null ? "" : "?" + query));
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isRead(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }
}
