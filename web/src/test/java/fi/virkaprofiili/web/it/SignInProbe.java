package fi.virkaprofiili.web.it;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.identity.SignInThrottle;
import fi.virkaprofiili.platform.limits.AttemptCounters;
import fi.virkaprofiili.web.platform.ClientAddress;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Test deployment only: what {@link SignInThrottleIT} needs inside the server. GET {@code ?client}
 * answers which client the request is from, and what that was made of; GET {@code ?user=} answers
 * Camunda's lock state of the user ({@code attempts=}, {@code locked=}); POST {@code action=freeze}
 * stops the engine clock (every hold then lasts until it is released), POST {@code
 * action=release&user=a,b} lifts those accounts' holds and lets the clock run again; POST {@code
 * action=race&user=&at-once=} fails that many sign-ins of a new account at once.
 */
@WebServlet("/it/sign-in-probe")
public class SignInProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ProcessEngine engine;
  @Inject private SignInThrottle throttle;
  @Inject private ClientAddress clients;
  @Inject private AttemptCounters counters;

  @Resource private ManagedExecutorService executor;

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
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("race".equals(request.getParameter("action"))) {
      race(
          request.getParameter("user"),
          Integer.parseInt(request.getParameter("at-once")),
          response);
      return;
    }
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

  /**
   * As many failed sign-ins as a new account and client at once, released together: every one of
   * them must be counted, none fail on the new counter's key. Answers {@code failed=} (how many
   * threw) and {@code counted=} (the account's count afterwards).
   */
  private void race(String user, int atOnce, HttpServletResponse response) throws IOException {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> attempts = new ArrayList<>();
    for (int i = 0; i < atOnce; i++) {
      attempts.add(
          executor.submit(
              () -> {
                start.await();
                throttle.failed(user, "race:" + user);
                return null;
              }));
    }
    start.countDown();
    int failed = 0;
    for (Future<?> attempt : attempts) {
      try {
        attempt.get(1, TimeUnit.MINUTES);
      } catch (ExecutionException | TimeoutException e) {
        failed++;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failed++;
      }
    }
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            "failed="
                + failed
                + "\ncounted="
                + counters.current("signin-account:" + user).attempts());
  }
}
