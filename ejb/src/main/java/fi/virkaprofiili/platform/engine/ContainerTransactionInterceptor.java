package fi.virkaprofiili.platform.engine;

import jakarta.ejb.EJBException;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.JakartaTransactionInterceptor;

/**
 * Camunda's JTA interceptor, except that a command needing a transaction of its own gets it from
 * the container ({@link EngineTransactions}) instead of from {@code TransactionManager.begin()}, so
 * that the engine's connection is enlisted in it. A command inside an existing transaction joins it
 * as before, and marks it for rollback when it fails. A query or a {@link ReadOnlyCommand} outside
 * any transaction runs without one ({@link QueryTransactionContextFactory}).
 */
class ContainerTransactionInterceptor extends JakartaTransactionInterceptor {

  private final EngineTransactions transactions;
  private final boolean newTransaction;

  ContainerTransactionInterceptor(
      TransactionManager transactionManager,
      EngineTransactions transactions,
      boolean newTransaction,
      ProcessEngineConfigurationImpl configuration) {
    // Within the container's transaction the inherited behaviour only ever joins.
    super(transactionManager, false, configuration);
    this.transactions = transactions;
    this.newTransaction = newTransaction;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!newTransaction && isExisting()) {
      return super.execute(command);
    }
    if (!newTransaction
        && (command instanceof AbstractQuery || command instanceof ReadOnlyCommand)) {
      // A query writes nothing, so it needs no transaction to commit: its statements run in
      // auto-commit, as a bare read would. It saves an EJB call and a commit on every read of the
      // engine's REST API, on every REST request's sign-in, and of whatever else asks outside a
      // transaction (issue 16).
      return next.execute(command);
    }
    EngineTransactions.Outcome<T> outcome = null;
    try {
      // Inside the container's transaction the command goes straight on: the inherited execute
      // would only find the transaction there again and join it, and EngineTransactions marks it
      // for rollback when the command fails, as the inherited one would.
      outcome =
          newTransaction
              ? transactions.requiresNew(() -> next.execute(command))
              : transactions.required(() -> next.execute(command));
    } catch (EJBException e) {
      // The command ran; its transaction could not be committed. Camunda's TransactionException.
      handleRollbackException(e);
    }
    return outcome.get();
  }
}
