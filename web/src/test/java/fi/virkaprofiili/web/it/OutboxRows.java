package fi.virkaprofiili.web.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Test deployment only: the rows of OUTBOX_MESSAGE as SQL sees them, for MailOutboxIT. */
@Dependent
public class OutboxRows {

  /** A row of the outbox as the test reads it. */
  public record Row(long id, String recipient, String state, int attempts) {}

  @Resource(lookup = "java:app/jdbc/virkaprofiili")
  private DataSource dataSource;

  @PersistenceContext private EntityManager em;

  public List<Row> rows(String keyPattern) {
    return rows(List.of(keyPattern));
  }

  /** The outbox's rows whose keys match the patterns, read as they are committed. */
  public List<Row> rows(List<String> keyPatterns) {
    // Inside a transaction, what it wrote is sent to the database first: the outbox writes its rows
    // with the step's other writes, at commit or before a query that reads the table.
    if (em.isJoinedToTransaction()) {
      em.flush();
    }
    List<Row> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String pattern : keyPatterns) {
        try (PreparedStatement select =
            connection.prepareStatement(
                "select ID, RECIPIENT, STATE, ATTEMPTS from OUTBOX_MESSAGE"
                    + " where NOTICE_KEY like ? order by ID")) {
          select.setString(1, pattern);
          try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
              rows.add(
                  new Row(
                      result.getLong(1),
                      result.getString(2),
                      result.getString(3),
                      result.getInt(4)));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }
}
