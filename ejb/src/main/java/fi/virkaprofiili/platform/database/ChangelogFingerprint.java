package fi.virkaprofiili.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digest of everything a Liquibase update reads: the master changelog, every file it includes and
 * every SQL file a change set runs, in the order they are named, with the contexts and Liquibase's
 * version. Two starts with the same digest would apply the same change sets with the same
 * checksums, so when the database records the digest of its last complete migration, a start with
 * that digest has nothing to apply and may skip Liquibase ({@link SchemaMigration}). Any changed
 * byte, a new file or other contexts give another digest, and Liquibase runs as before.
 *
 * <p>Empty when the changelog names what this class cannot follow ({@code includeAll}, paths
 * relative to a changelog, a file that is not on the class path): then Liquibase always runs.
 */
public final class ChangelogFingerprint {

  /** Every resource a changelog names: included changelogs, SQL files, data files. */
  private static final Pattern REFERENCE = Pattern.compile("\\b(?:file|path)\\s*=\\s*\"([^\"]+)\"");

  /** What the references above cannot follow. */
  private static final Pattern UNFOLLOWABLE =
      Pattern.compile("includeAll|relativeToChangelogFile\\s*=\\s*\"true\"");

  private ChangelogFingerprint() {}

  public static Optional<String> of(
      ClassLoader loader, String changelog, String contexts, String liquibaseVersion) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
    update(digest, "contexts=" + contexts + "\nliquibase=" + liquibaseVersion + "\n");
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> toRead = new ArrayDeque<>();
    toRead.add(changelog);
    while (!toRead.isEmpty()) {
      String name = toRead.removeFirst();
      if (!seen.add(name)) {
        continue;
      }
      byte[] bytes = read(loader, name);
      if (bytes == null) {
        return Optional.empty();
      }
      update(digest, "\n" + name + "\n" + bytes.length + "\n");
      digest.update(bytes);
      if (name.endsWith(".xml")) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (UNFOLLOWABLE.matcher(text).find()) {
          return Optional.empty();
        }
        Matcher reference = REFERENCE.matcher(text);
        int position = 0;
        // references in document order, each read after the file that names it
        Deque<String> named = new ArrayDeque<>();
        while (reference.find(position)) {
          named.add(reference.group(1));
          position = reference.end();
        }
        while (!named.isEmpty()) {
          toRead.addFirst(named.removeLast());
        }
      }
    }
    return Optional.of(HexFormat.of().formatHex(digest.digest()));
  }

  private static byte[] read(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
  }
}
