package fi.virkaprofiili.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A page number from a request becomes a row to start from without overflow, never negative. */
class RowsTest {

  @Test
  void aPageStartsAfterThePagesBeforeIt() {
    assertThat(Rows.firstOfPage(0, 25)).isZero();
    assertThat(Rows.firstOfPage(2, 25)).isEqualTo(50);
  }

  @Test
  void theIssuesPageOfTheApiSaturatesInsteadOfOverflowing() {
    // 21474837 * 100 = 2147483700, past Integer.MAX_VALUE: as an int, -2147483596.
    assertThat(Rows.firstOfPage(21_474_837, 100)).isEqualTo(Rows.MAX_FIRST);
  }

  @Test
  void theIssuesPageOfTheRegistrySaturatesInsteadOfOverflowing() {
    // /registry.xhtml?page=999999999 asks for page 999999998 of 25.
    assertThat(Rows.firstOfPage(999_999_998, 25)).isEqualTo(Rows.MAX_FIRST);
    assertThat(Rows.firstOfPage(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(Rows.MAX_FIRST);
  }

  @Test
  void aTableStartsWhereItAskedUpToTheFurthestStart() {
    assertThat(Rows.first(0)).isZero();
    assertThat(Rows.first(75)).isEqualTo(75);
    assertThat(Rows.first(Integer.MAX_VALUE - 10)).isEqualTo(Rows.MAX_FIRST);
  }

  @Test
  void aNegativePageOrRowIsABadRequest() {
    assertThatThrownBy(() -> Rows.firstOfPage(-1, 25)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> Rows.firstOfPage(0, 0)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> Rows.first(-1)).isInstanceOf(InvalidRequestException.class);
  }
}
