package fi.virkaprofiili.platform.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements run on the connections it wraps, for the lifecycle benchmark
 * ({@code bench/README.md}). Off unless the system property {@value #PROPERTY} is {@code true}:
 * then the application's data source counts into {@link #APPLICATION}. A statement is one
 * {@code execute…} call or one statement added to a batch.
 */
public final class StatementCounter {

  public static final String PROPERTY = "virkaprofiili.bench.count-sql";

  /** Counts the application's own data source when {@value #PROPERTY} is set. */
  public static final StatementCounter APPLICATION = new StatementCounter();

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong autoCommitted = new AtomicLong();

  static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  public long statements() {
    return statements.get();
  }

  public long commits() {
    return commits.get();
  }

  /** Statements run while their connection was in auto-commit mode. */
  public long autoCommitted() {
    return autoCommitted.get();
  }

  /** The connection, with every statement it creates and every commit counted here. */
  public Connection counting(Connection connection) throws SQLException {
    AtomicBoolean autoCommit = new AtomicBoolean(connection.getAutoCommit());
    return proxy(Connection.class, connection, (target, method, args) -> {
      Object result = invoke(target, method, args);
      switch (method.getName()) {
        case "setAutoCommit" -> autoCommit.set((Boolean) args[0]);
        case "commit" -> commits.incrementAndGet();
        default -> { }
      }
      if (result instanceof Statement && Statement.class.isAssignableFrom(method.getReturnType())) {
        return proxy(method.getReturnType(), result, (statement, call, callArgs) -> {
          String name = call.getName();
          if (name.equals("addBatch") || name.startsWith("execute") && !name.endsWith("Batch")) {
            statements.incrementAndGet();
            if (autoCommit.get()) {
              autoCommitted.incrementAndGet();
            }
          }
          return invoke(statement, call, callArgs);
        });
      }
      return result;
    });
  }

  private interface Call {
    Object on(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, Object target, Call call) {
    InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
      case "equals" -> args.length == 1 && proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> call.on(target, method, args);
    };
    return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
