package fi.virkaprofiili.platform.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Counts the SQL statements run on the connections it wraps, for the lifecycle benchmark ({@code
 * bench/README.md}). Off unless the system property {@value #PROPERTY} is {@code true}: then the
 * application's data source counts into {@link #APPLICATION}. A statement is one {@code execute…}
 * call or one statement added to a batch.
 *
 * <p>With {@value #TEXTS_PROPERTY} also {@code true} it counts each SQL text, and each commit under
 * the first statement of the transaction it ends (marked read-only when the transaction wrote
 * nothing), so that the benchmark can say which statements and commits one side has more of.
 */
public final class StatementCounter {

  public static final String PROPERTY = "virkaprofiili.bench.count-sql";
  public static final String TEXTS_PROPERTY = "virkaprofiili.bench.count-sql-texts";

  /** Counts the application's own data source when {@value #PROPERTY} is set. */
  public static final StatementCounter APPLICATION = new StatementCounter();

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong autoCommitted = new AtomicLong();
  private final boolean countTexts;
  private final Map<String, LongAdder> texts = new ConcurrentHashMap<>();

  /** Counts SQL texts too when {@value #TEXTS_PROPERTY} is {@code true}. */
  public StatementCounter() {
    this(Boolean.getBoolean(TEXTS_PROPERTY));
  }

  StatementCounter(boolean countTexts) {
    this.countTexts = countTexts;
  }

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

  /**
   * How often each SQL text ran, and each commit (keyed {@code COMMIT after <first statement>}),
   * most frequent first; empty unless {@value #TEXTS_PROPERTY} is set.
   */
  public Map<String, Long> texts() {
    return texts.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()));
  }

  /**
   * The counts of {@code after} less those of {@code before}, largest first, at most {@code limit}.
   */
  public static Map<String, Long> difference(
      Map<String, Long> after, Map<String, Long> before, int limit) {
    return after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  private void countText(String sql) {
    if (countTexts && sql != null) {
      texts.computeIfAbsent(sql, key -> new LongAdder()).increment();
    }
  }

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();

  /** The statement on one line; remembered, as the same few texts come again and again. */
  private static String normalised(String sql) {
    return sql == null
        ? null
        : NORMALISED.computeIfAbsent(sql, text -> SPACE.matcher(text).replaceAll(" ").strip());
  }

  /**
   * The data source, with every connection it gives counted here ({@link #counting(Connection)}).
   */
  public DataSource counting(DataSource dataSource) {
    return proxy(
        DataSource.class,
        dataSource,
        (target, method, args) -> {
          Object result = invoke(target, method, args);
          return result instanceof Connection connection ? counting(connection) : result;
        });
  }

  /** The connection, with every statement it creates and every commit counted here. */
  public Connection counting(Connection connection) throws SQLException {
    AtomicBoolean autoCommit = new AtomicBoolean(connection.getAutoCommit());
    // For the texts: the first statement of the open transaction, and whether it wrote anything.
    AtomicReference<String> first = new AtomicReference<>();
    AtomicBoolean wrote = new AtomicBoolean();
    return proxy(
        Connection.class,
        connection,
        (target, method, args) -> {
          Object result = invoke(target, method, args);
          switch (method.getName()) {
            case "setAutoCommit" -> autoCommit.set((Boolean) args[0]);
            case "commit" -> {
              commits.incrementAndGet();
              countText("COMMIT" + (wrote.get() ? "" : " (read-only)") + " after " + first.get());
              first.set(null);
              wrote.set(false);
            }
            case "rollback" -> {
              first.set(null);
              wrote.set(false);
            }
            default -> {}
          }
          if (result instanceof Statement
              && Statement.class.isAssignableFrom(method.getReturnType())) {
            String prepared =
                countTexts && args != null && args.length > 0 && args[0] instanceof String sql
                    ? normalised(sql)
                    : null;
            return proxy(
                method.getReturnType(),
                result,
                (statement, call, callArgs) -> {
                  String name = call.getName();
                  if (name.equals("addBatch")
                      || name.startsWith("execute") && !name.endsWith("Batch")) {
                    statements.incrementAndGet();
                    if (autoCommit.get()) {
                      autoCommitted.incrementAndGet();
                    }
                    if (countTexts) {
                      String sql =
                          callArgs != null
                                  && callArgs.length > 0
                                  && callArgs[0] instanceof String text
                              ? normalised(text)
                              : prepared;
                      countText((autoCommit.get() ? "[auto-commit] " : "") + sql);
                      if (!autoCommit.get()) {
                        first.compareAndSet(null, sql);
                        if (sql != null
                            && !sql.stripLeading().regionMatches(true, 0, "select", 0, 6)) {
                          wrote.set(true);
                        }
                      }
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
    InvocationHandler handler =
        (proxy, method, args) ->
            switch (method.getName()) {
              case "equals" -> args.length == 1 && proxy == args[0];
              case "hashCode" -> System.identityHashCode(proxy);
              default -> call.on(target, method, args);
            };
    return type.cast(
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
