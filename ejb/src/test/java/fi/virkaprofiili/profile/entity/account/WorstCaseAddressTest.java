package fi.virkaprofiili.profile.entity.account;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.entity.Channel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every address a visitor types goes through {@link AccountAddress#parse}: on the public verify
 * page and API, the report form and the import. A pattern that backtracks lets one request hold a
 * CPU for seconds (Mastodon's user-name pattern took 13 s for one 1,500-character name). The
 * guarantee is structural: the address parsers use RE2/J, which matches in time linear in the
 * input; the second test feeds the worst inputs known for the old patterns, at the longest length
 * accepted, a thousand times, within a bound that one old-pattern input alone would break.
 */
class WorstCaseAddressTest {

  private static final Path SOURCES =
      Path.of("src/main/java/fi/virkaprofiili/profile/entity/account");

  @Test
  void addressParsersUseOnlyTheLinearTimeEngine() throws IOException {
    List<String> backtracking = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (Files.readString(file).contains("java.util.regex")) {
          backtracking.add(file.getFileName().toString());
        }
      }
    }
    assertThat(backtracking).as("address parsers on java.util.regex").isEmpty();
  }

  @Test
  void theWorstKnownInputsOfTheLongestAcceptedLengthAreAnsweredAtOnce() {
    List<String> worst = worstInputs();
    long started = System.nanoTime();
    int answered = 0;
    for (String input : worst) {
      for (Channel hint : Channel.values()) {
        assertThat(AccountAddress.parse(input, hint)).as(input).isEmpty();
        answered++;
      }
    }
    for (int round = 0; answered < 1000; round++) {
      assertThat(AccountAddress.parse(worst.get(round % worst.size()))).isEmpty();
      answered++;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    // Generous, so that a busy machine never fails it: the thousand took 3 s at load 8 on 2
    // cores; with java.util.regex this test ran for over ten minutes without finishing.
    assertThat(answered).isGreaterThanOrEqualTo(1000);
    assertThat(millis).as("milliseconds for %d worst-case inputs", answered).isLessThan(30_000);
  }

  /** Near-misses that make a backtracking engine try every split of a long run of letters. */
  private static List<String> worstInputs() {
    int room = AccountAddress.MAX_LENGTH - 40;
    String run = "a".repeat(room);
    String dotted = "a.".repeat(room / 2);
    String dashed = "a-".repeat(room / 2);
    String label = ("a" + "-".repeat(60) + "a.").repeat(room / 64);
    return List.of(
        "@" + run + "!@mastodon.social",
        "https://mastodon.social/@" + run + "!",
        "https://mastodon.social/@" + dashed + "!",
        "https://mastodon.social/users/" + dotted + "-!",
        "@" + run + "!",
        "https://www.instagram.com/" + dotted + ".!",
        "https://www.tiktok.com/@" + run + "!",
        "https://" + label + "!/x",
        "https://" + "a.".repeat(room / 2) + "1",
        "https://www.youtube.com/@" + run + "!",
        "https://www.linkedin.com/company/" + run + "!",
        "https://bsky.app/profile/did:web:" + run + "!",
        run + ":" + run);
  }
}
