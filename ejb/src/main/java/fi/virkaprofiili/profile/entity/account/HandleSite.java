package fi.virkaprofiili.profile.entity.account;

import com.google.re2j.Pattern;
import fi.virkaprofiili.profile.entity.Channel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A service whose accounts live at {@code host/name} or {@code host/@name}, optionally followed by
 * one tab of the account page ({@code /media}, {@code /tagged}). Anything longer is a post.
 *
 * @param marker what precedes the name in the path: "" or "@"
 * @param name the service's rule for names, lower case
 * @param reserved first path segments that are the service's own pages, not names
 * @param tabs second path segments that still show the account
 * @param longestName the most characters the service allows in a name, to say so when one is longer
 */
record HandleSite(
    Channel channel,
    String brand,
    int longestName,
    String marker,
    Pattern name,
    Set<String> reserved,
    Set<String> tabs,
    String urlPrefix,
    String urlSuffix)
    implements Site {

  /**
   * Instagram's rule, which Threads shares: dots allowed, but not first, last or twice in a row.
   * "Twice in a row" is checked apart from the pattern: RE2 has no look-ahead.
   */
  private static final Pattern INSTAGRAM_NAME =
      Pattern.compile("[a-z0-9_](?:[a-z0-9._]{0,28}[a-z0-9_])?");

  static final HandleSite X =
      new HandleSite(
          Channel.X,
          "X",
          15,
          "",
          Pattern.compile("[a-z0-9_]{1,15}"),
          Set.of(
              "home",
              "explore",
              "search",
              "notifications",
              "messages",
              "i",
              "settings",
              "intent",
              "share",
              "compose",
              "hashtag",
              "login",
              "logout",
              "signup",
              "tos",
              "privacy",
              "account",
              "jobs",
              "download",
              "premium",
              "lists",
              "communities"),
          Set.of(
              "with_replies",
              "media",
              "likes",
              "highlights",
              "articles",
              "followers",
              "following",
              "verified_followers"),
          "https://x.com/",
          "");

  static final HandleSite INSTAGRAM =
      new HandleSite(
          Channel.INSTAGRAM,
          "Instagram",
          30,
          "",
          INSTAGRAM_NAME,
          Set.of(
              "p",
              "reel",
              "reels",
              "tv",
              "stories",
              "explore",
              "accounts",
              "direct",
              "about",
              "developer",
              "legal",
              "web",
              "challenge",
              "emails",
              "session",
              "privacy",
              "terms",
              "directory",
              "locations"),
          Set.of("tagged", "reels", "guides"),
          "https://www.instagram.com/",
          "/");

  static final HandleSite TIKTOK =
      new HandleSite(
          Channel.TIKTOK,
          "TikTok",
          24,
          "@",
          Pattern.compile("[a-z0-9_.]{1,23}[a-z0-9_]"),
          Set.of(),
          Set.of(),
          "https://www.tiktok.com/@",
          "");

  static final HandleSite THREADS =
      new HandleSite(
          Channel.THREADS,
          "Threads",
          30,
          "@",
          INSTAGRAM_NAME,
          Set.of(),
          Set.of("replies", "reposts", "media"),
          "https://www.threads.com/@",
          "");

  @Override
  public Optional<AccountAddress> account(WebAddress address) {
    if (address.size() == 0 || address.size() > 2) {
      return Optional.empty();
    }
    String first = address.word(0);
    if (!first.startsWith(marker)) {
      return Optional.empty();
    }
    if (address.size() == 2 && !tabs.contains(address.word(1))) {
      return Optional.empty();
    }
    return named(first.substring(marker.length()));
  }

  @Override
  public Optional<AccountAddress> named(String candidate) {
    String lower = candidate.toLowerCase(Locale.ROOT);
    if (reserved.contains(lower) || lower.contains("..") || !name.matcher(lower).matches()) {
      return Optional.empty();
    }
    return Optional.of(AccountAddress.of(channel, lower));
  }

  /**
   * Whether this address would name an account here but for a name longer than the service allows,
   * so that a person can be told the limit rather than that the address means nothing.
   */
  boolean hasOverLongName(WebAddress address) {
    if (address.size() == 0 || address.size() > 2) {
      return false;
    }
    String first = address.word(0);
    return first.startsWith(marker) && first.length() - marker.length() > longestName;
  }

  @Override
  public String url(String identity) {
    return urlPrefix + PercentEncoding.encode(identity) + urlSuffix;
  }
}
