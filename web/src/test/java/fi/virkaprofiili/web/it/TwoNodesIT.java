package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.boundary.ProfileChanges;
import java.io.File;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes on one PostgreSQL, as docs/two-nodes.md sets them up: the same WAR twice, each with its
 * job executor, no Hazelcast. What one node writes, the other answers within {@link
 * ProfileChanges#CHECK_INTERVAL}; a job the first node held when it was killed runs on the second
 * once the lock has expired.
 *
 * <p>Both nodes are started here, not by Arquillian, so that one can be killed. Runs in its own
 * round ({@code -Ptwo-nodes}, web/pom.xml), which gives it the database; its figures are printed
 * with {@code [two nodes]}.
 */
@EnabledIfSystemProperty(named = "it.round", matches = "two-nodes")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  /** Short for the test, so that the take-over is seen in seconds; production holds 90 s. */
  private static final int LOCK_SECONDS = 30;

  /**
   * How long past the bound a busy build machine may take to answer: the answer must come within
   * the bound plus this, never "eventually".
   */
  private static final Duration SLACK = Duration.ofSeconds(10);

  private static Node a;
  private static Node b;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    File war = Node.war();
    String lock = "-Dvirkaprofiili.jobs.lock-seconds=" + LOCK_SECONDS;
    // One after the other: the first migrates the schema and seeds the demo data.
    a = Node.start("node-a", war, lock).awaitReady();
    b = Node.start("node-b", war, lock).awaitReady();
  }

  @AfterAll
  static void stopThem() throws InterruptedException {
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  @Order(1)
  void aProfileListedThroughOneNodeIsAnsweredByTheOtherWithinTheBound() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "Kaksi solmua " + suffix;
    Map<String, String> approved = a.step("approve", "name=" + encode(name));
    String verify = "api/registry/verify?url=" + encode(approved.get("account"));
    String registry = "registry?q=" + encode(suffix);
    // Asked twice: the second answer comes from node B's cache, which must not outlive the write.
    for (int i = 0; i < 2; i++) {
      assertThat(b.get(verify).body()).contains("\"answer\":\"NOT_LISTED\"");
      assertThat(b.get(registry).body()).doesNotContain(name);
    }

    a.step("list", "profile=" + approved.get("profile"));
    Instant written = Instant.now();

    Duration verified = awaitOn(b, () -> b.get(verify).body().contains("\"answer\":\"OFFICIAL\""));
    awaitOn(b, () -> b.get(registry).body().contains(name));
    Duration listed = Duration.between(written, Instant.now());
    System.out.printf(
        "[two nodes] node B answered the profile node A listed: verify after %d ms, registry page"
            + " after %d ms (bound %d ms)%n",
        verified.toMillis(), listed.toMillis(), ProfileChanges.CHECK_INTERVAL.toMillis());
    assertThat(verified).isLessThanOrEqualTo(ProfileChanges.CHECK_INTERVAL.plus(SLACK));
  }

  @Test
  @Order(2)
  void aPersonSentToTheOtherNodeSignsInOnceAndFindsTheirDraft() throws Exception {
    String user = a.step("person", "").get("user");
    String name = "Luonnos " + user;
    // One browser: the proxy's sticky cookie sends it to node A until node A is gone.
    CookieManager cookies = new CookieManager();
    WebClient onA = new WebClient(a.base.toURL(), cookies);
    onA.signIn(user);
    assertThat(onA.get("portal/proposals/new.xhtml?lang=en").status()).isEqualTo(200);
    a.step("draft", "user=" + user + "&name=" + encode(name));

    WebClient onB = new WebClient(b.base.toURL(), cookies);
    WebClient.Answer unknownSession = onB.get("portal/proposals/new.xhtml?lang=en");
    assertThat(WebClient.hasForm(unknownSession.body(), "loginForm"))
        .as("node B does not know node A's session: it asks for a sign-in")
        .isTrue();
    onB.signIn(user);
    WebClient.Answer wizard = onB.get("portal/proposals/new.xhtml?lang=en");

    assertThat(wizard.status()).isEqualTo(200);
    assertThat(wizard.body()).contains("You have an unfinished proposal", name);
  }

  @Test
  @Order(3) // kills node A: the last test of the two nodes
  void aJobHeldByAKilledNodeRunsOnTheOtherOnceItsLockExpires() throws Exception {
    Map<String, String> approved =
        a.step("approve", "name=" + encode("Solmu kuolee " + UUID.randomUUID()));
    String profile = approved.get("profile");
    a.step("list", "profile=" + profile);
    String owner = a.step("holdReviewTimer", "profile=" + profile).get("owner");

    a.kill();
    Instant killed = Instant.now();
    Map<String, String> seenByB = b.step("jobs", "profile=" + profile + "&owner=" + owner);
    // While the dead node's lock holds, the other node leaves the job alone.
    assertThat(seenByB.get("owner")).isNotEqualTo(owner);
    assertThat(seenByB).containsEntry("reviewTimer", "true").containsEntry("reviewTask", "false");

    awaitOn(
        b,
        () -> "true".equals(b.step("jobs", "profile=" + profile).get("reviewTask")),
        Duration.ofSeconds(LOCK_SECONDS + 10).plus(SLACK));
    Map<String, String> after = b.step("jobs", "profile=" + profile + "&owner=" + owner);
    System.out.printf(
        "[two nodes] the review timer node A held when killed ran on node B %d ms after the kill"
            + " (lock %d s, idle wait at most 10 s); jobs node A still holds: %s%n",
        Duration.between(killed, Instant.now()).toMillis(), LOCK_SECONDS, after.get("held"));
    assertThat(after).containsEntry("reviewTimer", "false").containsEntry("reviewTask", "true");
    awaitOn(
        b,
        () -> "0".equals(b.step("jobs", "profile=" + profile + "&owner=" + owner).get("held")),
        Duration.ofSeconds(LOCK_SECONDS + 10).plus(SLACK));
  }

  private static Duration awaitOn(Node node, Callable<Boolean> answered) throws Exception {
    return awaitOn(node, answered, ProfileChanges.CHECK_INTERVAL.plus(SLACK));
  }

  /** How long until the node answered so; fails past {@code patience}. */
  private static Duration awaitOn(Node node, Callable<Boolean> answered, Duration patience)
      throws Exception {
    return Node.await(node.name + "'s answer", answered, patience);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
