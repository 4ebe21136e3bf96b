package fi.virkaprofiili.platform.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
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

  static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  public long statements() {
    return statements.get();
  }

  /** The connection, with every statement it creates counted here. */
  public Connection counting(Connection connection) {
    return proxy(Connection.class, connection, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof Statement && Statement.class.isAssignableFrom(method.getReturnType())) {
        return proxy(method.getReturnType(), result, this::countingStatement);
      }
      return result;
    });
  }

  private Object countingStatement(Object target, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (name.equals("addBatch") || name.startsWith("execute") && !name.endsWith("Batch")) {
      statements.incrementAndGet();
    }
    return invoke(target, method, args);
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
