package fi.virkaprofiili.notice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.engine.TaskAssigned;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Issue 13, defect 9: a task e-mail not sent for want of a mail host is logged, in one line. */
class TaskNoticesTest {

  @Test
  void theLogLineSaysToWhomAndWhichTaskAndNothingOfTheBody() {
    TaskAssigned assigned =
        new TaskAssigned("t-42", "managerDecision", null, Set.of("it"), Set.of(), 7L, null);

    String line = TaskNotices.unsent(assigned, new TreeSet<>(Set.of("markus", "ilkka")));

    assertThat(line)
        .isEqualTo(
            "No mail host configured; task t-42 (managerDecision) not e-mailed to ilkka, markus")
        .doesNotContain("\n", "http");
  }
}
