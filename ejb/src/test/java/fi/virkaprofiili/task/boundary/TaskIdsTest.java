package fi.virkaprofiili.task.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which texts can be a task's id: the rest is answered as no task, without a query. */
class TaskIdsTest {

  @Test
  void theEnginesIdsAreWellFormed() {
    assertThat(TaskAccess.isWellFormed("42")).isTrue();
    assertThat(TaskAccess.isWellFormed("5f0c1e2a-7d44-11ef-9c3b-0242ac120002")).isTrue();
    assertThat(TaskAccess.isWellFormed("x".repeat(TaskAccess.ID_MAX))).isTrue();
  }

  @Test
  void emptyControlCharactersInjectionsAndOverlongTextsAreNot() {
    assertThat(TaskAccess.isWellFormed(null)).isFalse();
    assertThat(TaskAccess.isWellFormed("")).isFalse();
    assertThat(TaskAccess.isWellFormed("\u0000")).isFalse();
    assertThat(TaskAccess.isWellFormed("42\u0000")).isFalse();
    assertThat(TaskAccess.isWellFormed(" 42")).isFalse();
    assertThat(TaskAccess.isWellFormed("' OR '1'='1")).isFalse();
    assertThat(TaskAccess.isWellFormed("x".repeat(TaskAccess.ID_MAX + 1))).isFalse();
  }

  @Test
  void noTaskIsLookedUpForAnIdThatCannotBeOne() {
    // no engine: a lookup would fail on the missing command executor
    assertThat(new TaskAccess(null, null).task("\u0000")).isNull();
  }
}
