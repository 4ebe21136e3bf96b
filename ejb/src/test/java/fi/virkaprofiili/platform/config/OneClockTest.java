package fi.virkaprofiili.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every "now" and "today" of the product comes from {@link OrganisationTime}: a second clock, the
 * JVM's zone or UTC for a date would let a page offer a day the boundary refuses around midnight.
 * Reads the main sources of ejb and web (the web module sits beside this one).
 */
class OneClockTest {

  private static final Pattern OTHER_CLOCK =
      Pattern.compile(
          "\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Instant)\\.now\\("
              + "|ZoneId\\.systemDefault\\(|ZoneOffset\\.UTC|new Date\\(\\)"
              + "|System\\.currentTimeMillis\\(|Clock\\.system|ClockUtil\\."
              + "|@Inject\\s+(private\\s+)?(java\\.time\\.)?Clock\\b");

  /**
   * The one place, the engine clock behind it, and a cache that measures how long it has kept
   * something: elapsed time on the system clock, never a day or a moment the product records.
   */
  private static final Set<String> ALLOWED =
      Set.of("OrganisationTime.java", "EngineClock.java", "RegistryCache.java");

  @Test
  void mainCodeReadsNoOtherClock() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path sources : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"))) {
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        files
            .filter(file -> file.toString().endsWith(".java"))
            .filter(file -> !ALLOWED.contains(file.getFileName().toString()))
            .forEach(file -> found.addAll(otherClocks(file)));
      }
    }
    assertThat(found).as("clock reads outside OrganisationTime").isEmpty();
  }

  @Test
  void theGuardSeesAnOtherClock() {
    assertThat(OTHER_CLOCK.matcher("LocalDate earliest = LocalDate.now().plusDays(14);").find())
        .isTrue();
    assertThat(OTHER_CLOCK.matcher("@Inject private Clock clock;").find()).isTrue();
    assertThat(OTHER_CLOCK.matcher("LocalDate earliest = time.today().plusDays(14);").find())
        .isFalse();
  }

  private static List<String> otherClocks(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      List<String> found = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (OTHER_CLOCK.matcher(lines.get(i)).find()) {
          found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
