package fi.virkaprofiili.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A retention period in the settings is read as written, or refused naming the setting. */
class SettingsPeriodTest {

  private static final String KEY = "virkaprofiili.test.period";

  @AfterEach
  void forget() {
    System.clearProperty(KEY);
  }

  @Test
  void aPeriodIsReadAndItsAbsenceGivesTheDefault() {
    assertThat(Settings.period(KEY, Period.ofYears(2))).isEqualTo(Period.ofYears(2));
    System.setProperty(KEY, " P18M ");
    assertThat(Settings.period(KEY, Period.ofYears(2))).isEqualTo(Period.ofMonths(18));
  }

  @Test
  void aValueThatIsNoPeriodOrNegativeIsRefusedNamingTheSetting() {
    System.setProperty(KEY, "two years");
    assertThatThrownBy(() -> Settings.period(KEY, Period.ofYears(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(KEY)
        .hasMessageContaining("two years");
    System.setProperty(KEY, "-P1D");
    assertThatThrownBy(() -> Settings.period(KEY, Period.ofYears(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(KEY);
  }
}
