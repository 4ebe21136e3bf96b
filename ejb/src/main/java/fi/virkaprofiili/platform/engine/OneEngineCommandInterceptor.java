package fi.virkaprofiili.platform.engine;

import fi.virkaprofiili.platform.BusinessException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Runs a {@link OneEngineCommand} method inside one engine command. It sits inside method
 * validation, so that a rejected argument never reaches the engine. A refusal the user is to
 * understand ({@link BusinessException}) is carried out of the command rather than thrown through
 * it: the engine would log it as its own error. The container still rolls the transaction back.
 */
@OneEngineCommand
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class OneEngineCommandInterceptor {

  @Inject private EngineCommands commands;

  public OneEngineCommandInterceptor() {}

  OneEngineCommandInterceptor(EngineCommands commands) {
    this.commands = commands;
  }

  @AroundInvoke
  public Object inOneCommand(InvocationContext invocation) throws Exception {
    if (Context.getCommandContext() != null) {
      return invocation.proceed();
    }
    Outcome outcome =
        commands.execute(
            context -> {
              try {
                return new Outcome(invocation.proceed(), null);
              } catch (BusinessException refusal) {
                return new Outcome(null, refusal);
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                return new Outcome(null, e);
              }
            });
    if (outcome.failure() != null) {
      throw outcome.failure();
    }
    return outcome.value();
  }

  private record Outcome(Object value, Exception failure) {}
}
