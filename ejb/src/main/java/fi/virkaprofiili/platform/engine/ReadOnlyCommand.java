package fi.virkaprofiili.platform.engine;

import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * An engine command that only reads, as a query does: outside a transaction it runs without one
 * ({@link ContainerTransactionInterceptor}), its statements in auto-commit, and it saves the
 * container transaction that would commit nothing. A command that may write, however rarely, must
 * not be one: its write would be committed statement by statement.
 */
public interface ReadOnlyCommand<T> extends Command<T> {}
