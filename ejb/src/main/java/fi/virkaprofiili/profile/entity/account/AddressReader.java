package fi.virkaprofiili.profile.entity.account;

import fi.virkaprofiili.profile.entity.Channel;
import java.util.Optional;

/** Tells a handle from a web address and hands each to the site that can read it. */
final class AddressReader {

  private AddressReader() {}

  /**
   * @param hint the channel the caller knows the account is on, or null
   */
  static Optional<AccountAddress> read(String input, Channel hint) {
    if (input == null) {
      return Optional.empty();
    }
    String text = trim(input);
    if (text.isEmpty() || text.length() > AccountAddress.MAX_LENGTH || hasUnsafeCharacter(text)) {
      return Optional.empty();
    }
    if (isHandle(text) && !isHostName(text, hint)) {
      return handle(text, hint);
    }
    return WebAddress.parse(text).flatMap(Sites::account);
  }

  /**
   * Why a web address that {@link #read} refuses is no account, when the reason is a name longer
   * than its service allows. Bare handles are not looked at: without a service there is no limit.
   */
  static Optional<NameTooLong> nameTooLong(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String text = trim(input);
    if (text.isEmpty() || text.length() > AccountAddress.MAX_LENGTH || hasUnsafeCharacter(text)) {
      return Optional.empty();
    }
    return isHandle(text) ? Optional.empty() : WebAddress.parse(text).flatMap(Sites::nameTooLong);
  }

  private static Optional<AccountAddress> handle(String text, Channel hint) {
    boolean marked = text.startsWith("@");
    String body = marked ? text.substring(1) : text;
    int at = body.indexOf('@');
    if (at >= 0) {
      // user@server without the leading @ is how e-mail addresses look; only take it when told.
      return marked || hint == Channel.MASTODON
          ? Sites.mastodon().handle(body.substring(0, at), body.substring(at + 1))
          : Optional.empty();
    }
    if (hint != null) {
      return Sites.forChannel(hint).named(body);
    }
    // Only Bluesky handles are domain names, so a dotted @handle can be read without a hint.
    return marked && body.contains(".")
        ? Sites.forChannel(Channel.BLUESKY).named(body)
        : Optional.empty();
  }

  /** No character that separates URL parts: {@code @name}, {@code name}, {@code user@server}. */
  private static boolean isHandle(String text) {
    return text.chars().noneMatch(c -> c == '/' || c == ':' || c == '?' || c == '#');
  }

  /**
   * A dotted word without {@code @} is a host ({@code kaupunki.fi}, {@code x.com}) unless the
   * caller says the account is on a service whose names may contain dots ({@code helsinki.kaupunki}
   * on Instagram). A service's own host name is never taken for a name on it.
   */
  private static boolean isHostName(String text, Channel hint) {
    if (text.indexOf('@') >= 0 || text.indexOf('.') < 0) {
      return false;
    }
    return hint == null || Hosts.normalise(text).filter(Sites::isServiceHost).isPresent();
  }

  /** Copying from a web page brings along spaces, no-break spaces and zero-width characters. */
  private static String trim(String input) {
    int start = 0;
    int end = input.length();
    while (start < end && isBlank(input.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(input.charAt(end - 1))) {
      end--;
    }
    return input.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /**
   * Inside an address, white space, control and format characters (such as a right-to-left
   * override) only serve to make one address look like another; a backslash is read as a slash by
   * browsers but not by us. Refusing them is safer than guessing.
   */
  static boolean hasUnsafeCharacter(String text) {
    return text.chars().anyMatch(c -> isBlank((char) c) || Character.isISOControl(c) || c == '\\');
  }
}
