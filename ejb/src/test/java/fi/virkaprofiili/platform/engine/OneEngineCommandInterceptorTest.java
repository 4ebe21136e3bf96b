package fi.virkaprofiili.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.platform.NotPermittedException;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A {@link OneEngineCommand} method's engine calls share one command context: the task a boundary
 * reads to check is the very entity its completion finds, and what it wrote is there once it
 * returns. A refusal comes out as it was thrown.
 */
class OneEngineCommandInterceptorTest {

  private static ProcessEngine engine;
  private static EngineCommands commands;
  private static OneEngineCommandInterceptor interceptor;

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:one-engine-command;DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false)
            .setProcessEngineName("one-engine-command")
            .buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "decide.bpmn",
            Bpmn.createExecutableProcess("decide")
                .startEvent()
                .userTask("decision")
                .camundaAssignee("markus")
                .endEvent()
                .done())
        .deploy();
    commands = new EngineCommands(engine);
    interceptor = new OneEngineCommandInterceptor(commands);
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void theTaskCheckedIsTheTaskCompletedAndTheCompletionIsWrittenWhenTheMethodReturns()
      throws Exception {
    String process = engine.getRuntimeService().startProcessInstanceByKey("decide").getId();
    String taskId =
        engine.getTaskService().createTaskQuery().processInstanceId(process).singleResult().getId();

    Object[] seen =
        (Object[])
            interceptor.inOneCommand(
                invocation(
                    () -> {
                      Task checked =
                          commands.execute(
                              context -> context.getTaskManager().findTaskById(taskId));
                      CommandContext checkContext = commands.execute(context -> context);
                      Task completed =
                          commands.execute(
                              context -> context.getTaskManager().findTaskById(taskId));
                      engine.getTaskService().complete(taskId);
                      return new Object[] {
                        checked, completed, checkContext, commands.execute(context -> context)
                      };
                    }));

    assertThat(seen[1]).as("read once, then found in the command's cache").isSameAs(seen[0]);
    assertThat(seen[3]).as("one command context throughout").isSameAs(seen[2]);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(process)
                .singleResult()
                .getEndTime())
        .isNotNull();
  }

  @Test
  void aRefusalComesOutAsItWasThrownAndTheEngineKeepsWorking() {
    NotPermittedException refusal =
        new NotPermittedException("Refused: sanna may not complete task 1");

    assertThatThrownBy(
            () ->
                interceptor.inOneCommand(
                    invocation(
                        () -> {
                          throw refusal;
                        })))
        .isSameAs(refusal);
    assertThat(engine.getRuntimeService().startProcessInstanceByKey("decide").getId()).isNotBlank();
  }

  @Test
  void insideAnEngineCommandTheMethodJoinsIt() throws Exception {
    CommandContext[] contexts =
        commands.execute(
            outer -> {
              try {
                return new CommandContext[] {
                  outer,
                  (CommandContext)
                      interceptor.inOneCommand(
                          invocation(() -> commands.execute(context -> context)))
                };
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(contexts[1]).isSameAs(contexts[0]);
  }

  private static InvocationContext invocation(Callable<Object> method) {
    return new InvocationContext() {
      private final Map<String, Object> data = new HashMap<>();

      @Override
      public Object proceed() throws Exception {
        return method.call();
      }

      @Override
      public Object getTarget() {
        return null;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return null;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return data;
      }
    };
  }
}
