package fi.virkaprofiili.web.it;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test deployment only: the subjects of the mail {@link TestMailServer} received, one a line, for
 * tests that drive the portal from outside it.
 */
@WebServlet("/it/mailbox")
public class MailboxServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    StringBuilder subjects = new StringBuilder();
    try {
      for (MimeMessage message : TestMailServer.received()) {
        subjects.append(message.getSubject()).append('\n');
      }
    } catch (MessagingException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(subjects.toString());
  }

  /** The subjects, read from outside the application at {@code base}. */
  static List<String> subjects(URL base) {
    try {
      var answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          new URI(base.toString().replaceAll("/$", "") + "/it/mailbox"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("mailbox answered " + answer.statusCode());
      }
      return answer.body().lines().toList();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
