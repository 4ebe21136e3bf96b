package fi.virkaprofiili.worklist.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.worklist.control.Segments.Slice;
import org.junit.jupiter.api.Test;

class SegmentsTest {

  @Test
  void aPageWithinThePartsOfTheListTakesTheirRowsInOrder() {
    assertThat(Segments.page(new long[] {3, 4, 5}, 0, 25))
        .containsExactly(new Slice(0, 0, 3), new Slice(1, 0, 4), new Slice(2, 0, 5));
  }

  @Test
  void aPageAcrossTheBoundaryOfTwoPartsEndsOneAndBeginsTheNext() {
    assertThat(Segments.page(new long[] {30, 40, 5}, 25, 25))
        .containsExactly(new Slice(0, 25, 5), new Slice(1, 0, 20));
  }

  @Test
  void emptyPartsAndPartsBeforeThePageAreSkipped() {
    assertThat(Segments.page(new long[] {10, 0, 40}, 25, 10)).containsExactly(new Slice(2, 15, 10));
  }

  @Test
  void aPageBeyondTheEndIsEmpty() {
    assertThat(Segments.page(new long[] {2, 3}, 5, 25)).isEmpty();
    assertThat(Segments.page(new long[] {2, 3}, 0, 0)).isEmpty();
  }

  @Test
  void aNegativePageIsRefused() {
    assertThatThrownBy(() -> Segments.page(new long[] {1}, -1, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
