package fi.virkaprofiili.task.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every kind of task the processes give people has its one name, in Finnish, Swedish and English.
 */
class TaskNamesTest {

  private static final Locale FINNISH = Locale.forLanguageTag("fi");
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  @Test
  void everyUserTaskOfEveryProcessIsNamedInEachLanguage() {
    List<String> taskKeys = userTasks();
    assertThat(taskKeys).contains("managerDecision", "reviseProposal", "investigateReport");

    for (String taskKey : taskKeys) {
      String english = TaskNames.of(taskKey, Locale.ENGLISH);
      assertThat(TaskNames.isNamed(taskKey, Locale.ENGLISH)).as(taskKey).isTrue();
      assertThat(TaskNames.of(taskKey, FINNISH))
          .as("Finnish " + taskKey)
          .isNotEqualTo(english)
          .isNotEqualTo(taskKey);
      assertThat(TaskNames.of(taskKey, SWEDISH))
          .as("Swedish " + taskKey)
          .isNotEqualTo(english)
          .isNotEqualTo(taskKey)
          .isNotEqualTo(TaskNames.of(taskKey, FINNISH));
    }
  }

  @Test
  void englishIsTheBaseWhateverTheServersOwnLanguage() {
    Locale server = Locale.getDefault();
    try {
      Locale.setDefault(FINNISH);
      assertThat(TaskNames.of("managerDecision", Locale.ENGLISH)).isEqualTo("Decide the proposal");
      assertThat(TaskNames.of("managerDecision", FINNISH)).isEqualTo("Päätä ehdotuksesta");
      assertThat(TaskNames.of("managerDecision", SWEDISH)).isEqualTo("Besluta om förslaget");
    } finally {
      Locale.setDefault(server);
    }
  }

  @Test
  void aTaskWithoutANameIsShownByItsId() {
    assertThat(TaskNames.isNamed("someLaterTask", FINNISH)).isFalse();
    assertThat(TaskNames.of("someLaterTask", FINNISH)).isEqualTo("someLaterTask");
  }

  private static List<String> userTasks() {
    return Stream.of("bpmn/profile-lifecycle.bpmn", "bpmn/fake-profile-report.bpmn")
        .flatMap(
            resource -> {
              try (InputStream model =
                  TaskNamesTest.class.getClassLoader().getResourceAsStream(resource)) {
                return Bpmn.readModelFromStream(model)
                    .getModelElementsByType(UserTask.class)
                    .stream()
                    .map(UserTask::getId)
                    .toList()
                    .stream();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            })
        .distinct()
        .toList();
  }
}
