package fi.virkaprofiili.web.it;

import fi.virkaprofiili.profile.entity.Profile;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.UUID;

/**
 * Test deployment only: a unit of a browser test's own, with a new manager (who signs in with their
 * id as password) and two listed profiles, so that the unit's list shows only them whatever the
 * round's other tests did. POST answers {@code manager=}, {@code unit=} and {@code profile=} (the
 * id of the first profile) lines.
 */
@WebServlet("/it/unit-seed")
public class UnitSeed extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LifecycleFixture fixture;

  /** Seeds a unit from outside the application at {@code base}; what POST answers. */
  static Map<String, String> seed(URL base) throws Exception {
    return Seeds.post(base, "it/unit-seed");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String manager = "m" + suffix;
    String unit = fixture.ownUnit(manager);
    Profile first;
    Profile other;
    try {
      first = fixture.listedProfile("Yksikön oma " + suffix, unit, manager);
      other = fixture.listedProfile("Yksikön toinen " + suffix, unit, manager);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            String.join(
                "\n",
                "manager=" + manager,
                "unit=" + unit,
                "profile=" + first.getId(),
                "name=" + first.getName(),
                "other=" + other.getName()));
  }
}
