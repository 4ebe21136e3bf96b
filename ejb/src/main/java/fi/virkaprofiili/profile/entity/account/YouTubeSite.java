package fi.virkaprofiili.profile.entity.account;

import com.google.re2j.Pattern;
import fi.virkaprofiili.profile.entity.Channel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * YouTube channels, in the four namespaces their addresses use: {@code youtube:@handle}, {@code
 * youtube:channel/UC…}, {@code youtube:c/name} and {@code youtube:user/name}. One channel may have
 * an address in each, but only YouTube knows which belong together, so they are not joined. Channel
 * ids are case sensitive and keep their case; the other names do not.
 */
final class YouTubeSite implements Site {

  private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}._-]{3,30}");
  private static final Pattern CHANNEL_ID = Pattern.compile("UC[A-Za-z0-9_-]{22}");
  private static final Pattern LEGACY_NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");

  /** Tabs of a channel page, such as youtube.com/@handle/videos. */
  private static final Set<String> TABS =
      Set.of(
          "featured",
          "videos",
          "shorts",
          "streams",
          "live",
          "playlists",
          "community",
          "posts",
          "podcasts",
          "releases",
          "about",
          "store",
          "courses",
          "channels",
          "search");

  /**
   * youtube.com/name without a namespace is left out on purpose: it may be a custom URL or a legacy
   * user name, and it shares the root with YouTube's own pages (watch, results, feed, ...).
   */
  @Override
  public Optional<AccountAddress> account(WebAddress address) {
    if (address.size() == 0) {
      return Optional.empty();
    }
    String first = address.word(0);
    Optional<String> identity;
    int used;
    if (first.startsWith("@")) {
      identity = handle(first.substring(1));
      used = 1;
    } else if (address.size() >= 2 && first.equals("channel")) {
      String id = address.name(1);
      identity = CHANNEL_ID.matcher(id).matches() ? Optional.of("channel/" + id) : Optional.empty();
      used = 2;
    } else if (address.size() >= 2 && (first.equals("c") || first.equals("user"))) {
      String name = address.word(1);
      identity =
          LEGACY_NAME.matcher(name).matches() ? Optional.of(first + "/" + name) : Optional.empty();
      used = 2;
    } else {
      return Optional.empty();
    }
    boolean atMostATab =
        address.size() == used || (address.size() == used + 1 && TABS.contains(address.word(used)));
    return identity
        .filter(found -> atMostATab)
        .map(found -> AccountAddress.of(Channel.YOUTUBE, found));
  }

  /** With a YOUTUBE hint, {@code @kaupunki} and {@code kaupunki} are handles. */
  @Override
  public Optional<AccountAddress> named(String name) {
    return handle(name).map(found -> AccountAddress.of(Channel.YOUTUBE, found));
  }

  private static Optional<String> handle(String candidate) {
    String name = candidate.toLowerCase(Locale.ROOT);
    return HANDLE.matcher(name).matches() ? Optional.of("@" + name) : Optional.empty();
  }

  @Override
  public String url(String identity) {
    StringBuilder url = new StringBuilder("https://www.youtube.com");
    for (String segment : identity.split("/")) {
      url.append('/').append(PercentEncoding.encode(segment));
    }
    return url.toString();
  }
}
