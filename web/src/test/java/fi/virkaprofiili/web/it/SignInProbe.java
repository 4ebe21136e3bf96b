package fi.virkaprofiili.web.it;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.identity.SignInThrottle;
import fi.virkaprofiili.web.platform.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Test deployment only: what {@link SignInThrottleIT} needs inside the server. GET {@code ?client}
 * answers which client the request is from, and what that was made of; GET {@code ?user=} answers
 * Camunda's lock state of the user ({@code attempts=}, {@code locked=}); POST {@code action=freeze}
 * stops the engine clock (every hold then lasts until it is released), POST {@code
 * action=release&user=a,b} lifts those accounts' holds and lets the clock run again.
 */
@WebServlet("/it/sign-in-probe")
public class SignInProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ProcessEngine engine;
  @Inject private SignInThrottle throttle;
  @Inject private ClientAddress clients;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getParameter("client") != null) {
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getWriter()
          .write(
              "client="
                  + clients.of(request)
                  + "\npeer="
                  + request.getRemoteAddr()
                  + "\ntrusted="
                  + Settings.value(Settings.PROXY_TRUSTED, "")
                  + "\nheader="
                  + request.getHeader("X-Forwarded-For"));
      return;
    }
    UserEntity user =
        (UserEntity)
            engine
                .getIdentityService()
                .createUserQuery()
                .userId(request.getParameter("user"))
                .singleResult();
    Date lockedUntil = user.getLockExpirationTime();
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            "attempts="
                + user.getAttempts()
                + "\nlocked="
                + (lockedUntil != null && lockedUntil.after(ClockUtil.getCurrentTime())));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    if ("freeze".equals(request.getParameter("action"))) {
      ClockUtil.setCurrentTime(new Date());
    } else {
      for (String user : request.getParameter("user").split(",")) {
        throttle.forget(user);
      }
      ClockUtil.reset();
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
