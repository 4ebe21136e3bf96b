package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Refusals say what the person needs to know to get past them, in each language. */
class RefusalTextsTest {

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  void aClosingDateTooSoonNamesTheMinimumAndTheEarliestDay(String language) {
    String text =
        MessageFormat.format(bundle(language).getString("error.closingTooSoon"), 14, "20.12.2026");

    assertThat(text).contains("14", "20.12.2026");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  void returningWithoutAReasonIsNotCalledRejecting(String language) {
    ResourceBundle bundle = bundle(language);

    assertThat(bundle.getString("decision.return.reason.required"))
        .isNotEqualTo(bundle.getString("decision.reason.required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  void theInvestigationNamesTheReportersContactAsTheReporters(String language) {
    ResourceBundle bundle = bundle(language);

    assertThat(bundle.getString("investigation.reporterContact"))
        .isNotEqualTo(bundle.getString("report.contact"));
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        Messages.BUNDLE,
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
  }
}
