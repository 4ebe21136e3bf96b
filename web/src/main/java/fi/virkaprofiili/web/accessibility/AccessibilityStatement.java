package fi.virkaprofiili.web.accessibility;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * The facts of the accessibility statement that are not words: when it was prepared and assessed
 * (changed here when the statement is reviewed, at least once a year) and where feedback goes,
 * which is each organisation's own address.
 */
@Named
@ApplicationScoped
public class AccessibilityStatement {

  static final String FEEDBACK = "virkaprofiili.accessibility.feedback";
  private static final LocalDate PREPARED_ON = LocalDate.of(2026, 12, 1);
  private static final LocalDate ASSESSED_ON = LocalDate.of(2026, 12, 1);

  public LocalDate getPreparedOn() {
    return PREPARED_ON;
  }

  public LocalDate getAssessedOn() {
    return ASSESSED_ON;
  }

  /** The organisation's address for accessibility feedback. */
  public String getFeedbackAddress() {
    return Settings.value(FEEDBACK, "saavutettavuus@example.org");
  }
}
