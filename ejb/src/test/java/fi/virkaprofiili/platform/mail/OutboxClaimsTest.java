package fi.virkaprofiili.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's claims as two nodes make them on one database: the real schema (Liquibase), the real
 * queries (EclipseLink on H2), each node with its own persistence context and transactions.
 */
class OutboxClaimsTest {

  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
  private static final DeliveryPolicy POLICY =
      new DeliveryPolicy(
          3, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(5), 3);

  private Connection keepAlive;
  private EntityManagerFactory factory;
  private EntityManager nodeA;
  private EntityManager nodeB;

  @BeforeEach
  void database() throws Exception {
    String url = "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    keepAlive = DriverManager.getConnection(url, "sa", "");
    migrate(keepAlive);
    factory =
        Persistence.createEntityManagerFactory(
            "outbox-test",
            Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    nodeA = factory.createEntityManager();
    nodeB = factory.createEntityManager();
  }

  @AfterEach
  void close() throws Exception {
    nodeA.close();
    nodeB.close();
    factory.close();
    keepAlive.close();
  }

  @Test
  void twoNodesNeverClaimTheSameMessage() {
    List<Long> written = write(5);

    List<Long> byA = ids(claim(nodeA, "a-1", T0));
    List<Long> byB = ids(claim(nodeB, "b-1", T0));

    assertThat(byA).hasSize(3).doesNotContainAnyElementsOf(byB);
    assertThat(byB).hasSize(2);
    assertThat(concat(byA, byB)).containsExactlyInAnyOrderElementsOf(written);
    assertThat(claim(nodeA, "a-2", T0.plusSeconds(5))).as("all are held").isEmpty();
  }

  @Test
  void theMessagesOfANodeThatStoppedAreTakenOverWhenItsClaimRunsOut() {
    List<Long> written = write(2);
    claim(nodeA, "a-1", T0);

    assertThat(claim(nodeB, "b-1", T0.plus(Duration.ofMinutes(4)))).isEmpty();
    List<Long> takenOver = ids(claim(nodeB, "b-2", T0.plus(Duration.ofMinutes(5)).plusSeconds(1)));
    assertThat(takenOver).containsExactlyElementsOf(written);

    // The first node wakes up: its failure no longer counts, since the claim is not its own.
    inTransaction(nodeA, () -> claims(nodeA).failed(written.get(0), "a-1", "late", T0, POLICY));
    assertThat(message(written.get(0)).getAttempts()).isZero();
  }

  @Test
  void aFailedAttemptWaitsItsBackOffAndTheLastAttemptLeavesItFailed() {
    long id = write(1).get(0);

    Instant at = T0;
    for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
      assertThat(ids(claim(nodeA, "a-" + attempt, at))).containsExactly(id);
      Instant failedAt = at;
      String claim = "a-" + attempt;
      inTransaction(
          nodeA, () -> claims(nodeA).failed(id, claim, "Connection refused", failedAt, POLICY));
      Duration wait = POLICY.delayAfter(attempt);
      assertThat(claim(nodeB, "b-" + attempt, at.plus(wait).minusSeconds(1)))
          .as("not before its back-off after attempt " + attempt)
          .isEmpty();
      at = at.plus(wait);
    }

    OutboxMessage failed = message(id);
    assertThat(failed.getState()).isEqualTo(MessageState.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(3);
    assertThat(failed.getLastError()).isEqualTo("Connection refused");
    assertThat(claim(nodeA, "a-late", at.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void aDeliveredMessageIsNeverClaimedAgain() {
    long id = write(1).get(0);
    claim(nodeA, "a-1", T0);

    inTransaction(nodeA, () -> claims(nodeA).delivered(id, T0.plusSeconds(1)));

    OutboxMessage sent = message(id);
    assertThat(sent.getState()).isEqualTo(MessageState.SENT);
    assertThat(sent.getSentAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(sent.getClaimedUntil()).isNull();
    assertThat(claim(nodeB, "b-1", T0.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void aMessageSentAfterItsClaimRanOutIsStillRecordedSent() {
    long id = write(1).get(0);
    claim(nodeA, "a-1", T0);
    claim(nodeB, "b-1", T0.plus(Duration.ofMinutes(6)));

    inTransaction(nodeA, () -> claims(nodeA).delivered(id, T0.plus(Duration.ofMinutes(7))));

    assertThat(message(id).getState()).isEqualTo(MessageState.SENT);
    inTransaction(nodeB, () -> claims(nodeB).failed(id, "b-1", "refused", T0, POLICY));
    assertThat(message(id).getState())
        .as("a late failure undoes nothing")
        .isEqualTo(MessageState.SENT);
  }

  private List<Long> write(int count) {
    return inTransaction(
        nodeA,
        () -> {
          List<OutboxMessage> messages =
              java.util.stream.IntStream.range(0, count)
                  .mapToObj(
                      i ->
                          new OutboxMessage(
                              "test/" + UUID.randomUUID(),
                              "someone@example.org",
                              "Subject " + i,
                              "Body " + i,
                              T0.minusSeconds(count - i)))
                  .toList();
          messages.forEach(nodeA::persist);
          nodeA.flush();
          return messages.stream().map(OutboxMessage::getId).toList();
        });
  }

  private List<OutboxMessage> claim(EntityManager node, String claim, Instant now) {
    return inTransaction(node, () -> claims(node).claim(claim, now, POLICY));
  }

  private OutboxMessage message(long id) {
    return inTransaction(nodeB, () -> nodeB.find(OutboxMessage.class, id));
  }

  private static OutboxClaims claims(EntityManager node) {
    return new OutboxClaims(node);
  }

  /** One transaction, after which the node forgets what it read, as a container's would. */
  private static <T> T inTransaction(EntityManager node, Supplier<T> work) {
    node.getTransaction().begin();
    try {
      T result = work.get();
      node.getTransaction().commit();
      return result;
    } finally {
      if (node.getTransaction().isActive()) {
        node.getTransaction().rollback();
      }
      node.clear();
    }
  }

  private static void inTransaction(EntityManager node, Runnable work) {
    inTransaction(
        node,
        () -> {
          work.run();
          return null;
        });
  }

  private static List<Long> ids(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::getId).toList();
  }

  private static List<Long> concat(List<Long> a, List<Long> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static void migrate(Connection connection) throws Exception {
    Scope.child(
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            new ClassLoaderResourceAccessor(),
            "liquibase.analytics.enabled",
            false),
        () ->
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(
                    DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                    DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog/master.xml")
                .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, "production")
                .execute());
  }
}
