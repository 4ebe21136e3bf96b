package fi.virkaprofiili.platform.engine;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * Runs an engine command that has no transaction yet in one the container begins. Payara enlists a
 * pooled connection in the transaction of the component invocation that asks for it; a transaction
 * begun on the bare {@code TransactionManager}, as Camunda's own interceptor does, is not known to
 * the invocation, so the engine's connection was left in auto-commit: outside an EJB, every
 * statement of a command (of every job, timer and REST call) was committed on its own.
 *
 * <p>A failed command marks its transaction for rollback and its exception is handed back as it was
 * thrown, so that callers see the engine's exceptions and not {@code EJBException}.
 */
@Stateless
public class EngineTransactions {

  @Resource private SessionContext context;

  /** What a command returned, or what it threw. */
  public record Outcome<T>(T value, Throwable failure) {

    public T get() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return value;
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public <T> Outcome<T> required(Supplier<T> command) {
    return run(command);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> Outcome<T> requiresNew(Supplier<T> command) {
    return run(command);
  }

  private <T> Outcome<T> run(Supplier<T> command) {
    try {
      return new Outcome<>(command.get(), null);
    } catch (RuntimeException | Error e) {
      context.setRollbackOnly();
      return new Outcome<>(null, e);
    }
  }
}
