package fi.virkaprofiili.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.transaction.Status;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;

/**
 * Which engine commands get a container transaction: every one that writes, and no query that runs
 * outside a transaction (those would only commit what they read).
 */
class ContainerTransactionInterceptorTest {

  private final List<String> begun = new ArrayList<>();
  private final List<Command<?>> ran = new ArrayList<>();

  private final Transactions manager = new Transactions();

  /** Records each transaction it is asked to begin, and runs the command in it, as the EJB does. */
  private final EngineTransactions transactions =
      new EngineTransactions() {
        @Override
        public <T> Outcome<T> required(Supplier<T> command) {
          begun.add("required");
          return manager.inTransaction(command);
        }

        @Override
        public <T> Outcome<T> requiresNew(Supplier<T> command) {
          begun.add("requires new");
          return manager.inTransaction(command);
        }
      };

  private ContainerTransactionInterceptor interceptor(boolean requiresNew) {
    ContainerTransactionInterceptor interceptor =
        new ContainerTransactionInterceptor(
            manager, transactions, requiresNew, new StandaloneProcessEngineConfiguration());
    interceptor.setNext(
        new org.camunda.bpm.engine.impl.interceptor.CommandExecutor() {
          @Override
          public <T> T execute(Command<T> command) {
            ran.add(command);
            return null;
          }
        });
    return interceptor;
  }

  @Test
  void aQueryOutsideATransactionRunsWithoutOne() {
    TaskQueryImpl query = new TaskQueryImpl();

    interceptor(false).execute(query);

    assertThat(ran).containsExactly(query);
    assertThat(begun).isEmpty();
  }

  @Test
  void aCommandThatMayWriteGetsAContainerTransaction() {
    Command<Void> write = context -> null;

    interceptor(false).execute(write);

    assertThat(ran).containsExactly(write);
    assertThat(begun).containsExactly("required");
  }

  @Test
  void aReadOnlyCommandOutsideATransactionRunsWithoutOne() {
    ReadOnlyCommand<Boolean> read = context -> true;

    interceptor(false).execute(read);

    assertThat(ran).containsExactly(read);
    assertThat(begun).isEmpty();
  }

  @Test
  void aQueryThatAsksForATransactionOfItsOwnGetsOne() {
    TaskQueryImpl query = new TaskQueryImpl();

    interceptor(true).execute(query);

    assertThat(ran).containsExactly(query);
    assertThat(begun).containsExactly("requires new");
  }

  @Test
  void aFailedQueryOutsideATransactionHasNothingToRollBack() {
    assertThatCode(
            () ->
                new QueryTransactionContextFactory(manager).openTransactionContext(null).rollback())
        .doesNotThrowAnyException();
  }

  /**
   * The transaction manager of a thread with no transaction but the container's: nothing may begin,
   * commit or roll back one on it directly.
   */
  private static final class Transactions implements TransactionManager {

    private int status = Status.STATUS_NO_TRANSACTION;

    <T> EngineTransactions.Outcome<T> inTransaction(Supplier<T> command) {
      status = Status.STATUS_ACTIVE;
      try {
        return new EngineTransactions.Outcome<>(command.get(), null);
      } finally {
        status = Status.STATUS_NO_TRANSACTION;
      }
    }

    @Override
    public void begin() {
      throw new AssertionError("a command began a transaction on the bare manager");
    }

    @Override
    public void commit() {
      throw new AssertionError("nothing to commit");
    }

    @Override
    public int getStatus() {
      return status;
    }

    @Override
    public Transaction getTransaction() {
      return null;
    }

    @Override
    public void resume(Transaction transaction) {
      throw new AssertionError("nothing to resume");
    }

    @Override
    public void rollback() {
      throw new AssertionError("nothing to roll back");
    }

    @Override
    public void setRollbackOnly() {
      throw new AssertionError("nothing to mark");
    }

    @Override
    public void setTransactionTimeout(int seconds) {}

    @Override
    public Transaction suspend() {
      return null;
    }
  }
}
