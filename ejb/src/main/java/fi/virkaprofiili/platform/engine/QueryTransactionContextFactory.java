package fi.virkaprofiili.platform.engine;

import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionContextFactory;
import org.camunda.bpm.engine.impl.cfg.jta.JakartaTransactionContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Camunda's JTA transaction context, which also serves a query that runs outside any transaction
 * ({@link ContainerTransactionInterceptor}): such a query has nothing to roll back when it fails,
 * where Camunda's own would fail again on the missing transaction and hide why the query failed.
 */
class QueryTransactionContextFactory implements TransactionContextFactory {

  private final TransactionManager transactionManager;

  QueryTransactionContextFactory(TransactionManager transactionManager) {
    this.transactionManager = transactionManager;
  }

  @Override
  public TransactionContext openTransactionContext(CommandContext commandContext) {
    return new JakartaTransactionContext(transactionManager) {
      @Override
      protected void doRollback() throws Exception {
        if (transactionManager.getTransaction() != null) {
          super.doRollback();
        }
      }
    };
  }
}
