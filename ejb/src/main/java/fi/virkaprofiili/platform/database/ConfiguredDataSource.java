package fi.virkaprofiili.platform.database;

import fi.virkaprofiili.platform.config.Settings;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class the container pools. It picks the vendor's own non-XA data source from the
 * configured JDBC URL, so that one build runs on the embedded H2 or on PostgreSQL by configuration
 * alone. Non-XA on purpose: PostgreSQL's XA data source lost the transaction after the first commit
 * under Payara (JTS5014).
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource delegate() throws SQLException {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        if (delegate == null) {
          DataSource created =
              create(Settings.databaseUrl(), Settings.databaseUser(), Settings.databasePassword());
          // The pool's bound on signing in to the database, so that a request meets an absent
          // database within seconds (PostgreSQL's own default waits 10 s to connect).
          if (loginTimeout > 0) {
            created.setLoginTimeout(loginTimeout);
          }
          delegate = created;
        }
        current = delegate;
      }
    }
    return current;
  }

  static DataSource create(String url, String user, String password) throws SQLException {
    return create(url, user, password, ConfiguredDataSource.class.getClassLoader());
  }

  /** As above, with the driver looked for by {@code drivers}: the EAR's loader, or a test's. */
  static DataSource create(String url, String user, String password, ClassLoader drivers)
      throws SQLException {
    String className = vendorDataSourceClass(url);
    try {
      Class<?> type = Class.forName(className, true, drivers);
      DataSource dataSource = (DataSource) type.getConstructor().newInstance();
      type.getMethod("setURL", String.class).invoke(dataSource, url);
      type.getMethod("setUser", String.class).invoke(dataSource, user);
      type.getMethod("setPassword", String.class).invoke(dataSource, password);
      return dataSource;
    } catch (ClassNotFoundException e) {
      throw new SQLException("No JDBC driver on the class path for " + className, e);
    } catch (ReflectiveOperationException | ClassCastException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new SQLException("Cannot configure " + className + ": " + cause.getMessage(), cause);
    }
  }

  static String vendorDataSourceClass(String url) throws SQLException {
    if (url.startsWith("jdbc:h2:")) {
      return "org.h2.jdbcx.JdbcDataSource";
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return "org.postgresql.ds.PGSimpleDataSource";
    }
    throw new SQLException(
        "Unsupported database URL '" + url + "': use jdbc:postgresql://... or jdbc:h2:...");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counted(delegate().getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counted(delegate().getConnection(username, password));
  }

  /** Counted only for the lifecycle benchmark: see {@link StatementCounter}. */
  private static Connection counted(Connection connection) throws SQLException {
    return StatementCounter.enabled()
        ? StatementCounter.APPLICATION.counting(connection)
        : connection;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
