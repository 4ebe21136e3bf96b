package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.web.platform.LocaleSelection;
import fi.virkaprofiili.web.registry.RegistryCache.Header;
import fi.virkaprofiili.web.registry.RegistryCache.Page;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the public registry's pages and {@code verify} answers to visitors who are not signed in
 * from {@link RegistryCache}, by address and language, and keeps what it renders for them there.
 * They are the same for every such visitor (they hold no form state and no session), and they are
 * what the public loads most: writing each again would cost the server most of its time under load.
 *
 * <p>A page is kept only when it was rendered without a session and set no cookie. The cache says
 * how long it serves and how much it holds.
 */
// FORWARD too: /registry reaches registry.xhtml by a forward (CleanAddressFilter).
@WebFilter(
    urlPatterns = {"/registry.xhtml", "/embed.xhtml", "/api/registry/verify"},
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class AnonymousPageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient RegistryCache cache;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod())
        || request.getUserPrincipal() != null
        || request.getSession(false) != null) {
      chain.doFilter(request, response);
      return;
    }
    String key =
        LocaleSelection.languageOf(request)
            + " "
            + request.getRequestURI()
            + "?"
            + (request.getQueryString() == null ? "" : request.getQueryString());
    // Read before rendering: a profile written meanwhile makes the page kept below old already.
    long version = cache.version();
    Page page = cache.page(key);
    if (page != null) {
      send(page, response);
      return;
    }
    Rendering rendering = new Rendering(response);
    chain.doFilter(request, rendering);
    Page rendered = new Page(rendering.status(), rendering.headers, rendering.body());
    if (rendered.status() == HttpServletResponse.SC_OK
        && !rendering.setCookie
        && request.getSession(false) == null) {
      cache.keepPage(key, version, rendered);
    }
    response.getOutputStream().write(rendered.body());
  }

  private static void send(Page kept, HttpServletResponse response) throws IOException {
    Page page = FreshNonce.of(kept);
    response.setStatus(page.status());
    for (Header header : page.headers()) {
      response.addHeader(header.name(), header.value());
    }
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  /** The response as the page writes it: headers passed on and remembered, the body held back. */
  private static final class Rendering extends HttpServletResponseWrapper {

    final List<Header> headers = new ArrayList<>();
    boolean setCookie;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;

    Rendering(HttpServletResponse response) {
      super(response);
    }

    int status() {
      return getStatus();
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return body.toByteArray();
    }

    @Override
    public void addCookie(Cookie cookie) {
      setCookie = true;
      super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
      remember(name, value, true);
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      remember(name, value, false);
      super.addHeader(name, value);
    }

    @Override
    public void setContentType(String type) {
      remember("Content-Type", type, true);
      super.setContentType(type);
    }

    private void remember(String name, String value, boolean replace) {
      if ("Set-Cookie".equalsIgnoreCase(name)) {
        setCookie = true;
        return;
      }
      if (replace) {
        headers.removeIf(header -> header.name().equalsIgnoreCase(name));
      }
      headers.add(new Header(name, value));
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException(
                    "a page kept for the registry is written at once");
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset =
            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      // Held back until the page is done: nothing goes out half-written.
    }

    @Override
    public void setContentLength(int length) {
      // The length is the held-back body's, set when it is sent.
    }

    @Override
    public void setContentLengthLong(long length) {
      // As setContentLength.
    }

    @Override
    public boolean isCommitted() {
      return false;
    }

    @Override
    public void resetBuffer() {
      body.reset();
    }

    @Override
    public void reset() {
      body.reset();
      headers.clear();
      super.reset();
    }
  }
}
