package fi.virkaprofiili.profile.entity.account;

import com.google.re2j.Pattern;
import fi.virkaprofiili.profile.entity.Channel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Facebook pages and profiles. An account is known either by its vanity name ({@code
 * facebook:kaupunki}) or by its numeric id ({@code facebook:id/123}), whichever the address
 * carries; page and profile ids share one number space, so {@code /pages/Name/123}, {@code
 * /people/Name/123}, {@code /123} and {@code profile.php?id=123} are one account. A name and an id
 * of the same page cannot be joined without asking Facebook, so record the form in use.
 */
final class FacebookSite implements Site {

  private static final Pattern VANITY = Pattern.compile("[a-z0-9._-]{1,80}");
  private static final Pattern ID = Pattern.compile("[0-9]{1,20}");

  /** Facebook's own pages at the root; any other "*.php" is one too. */
  private static final Set<String> RESERVED =
      Set.of(
          "watch",
          "groups",
          "events",
          "photo",
          "photos",
          "stories",
          "story",
          "sharer",
          "share",
          "login",
          "help",
          "policies",
          "privacy",
          "settings",
          "marketplace",
          "gaming",
          "reel",
          "reels",
          "hashtag",
          "search",
          "notifications",
          "messages",
          "friends",
          "business",
          "ads",
          "plugins",
          "dialog",
          "legal",
          "about",
          "bookmarks",
          "live",
          "media",
          "fundraisers",
          "pages",
          "people",
          "pg",
          "profile",
          "public",
          "home",
          "feeds",
          "latest",
          "saved",
          "memories",
          "recover",
          "checkpoint",
          "terms");

  /** Tabs of a page or profile: the address still shows the account. */
  private static final Set<String> TABS =
      Set.of(
          "about",
          "posts",
          "photos",
          "videos",
          "events",
          "reviews",
          "community",
          "mentions",
          "followers",
          "following",
          "friends",
          "reels",
          "live_videos",
          "services",
          "shop",
          "about_contact_and_basic_info",
          "about_details",
          "about_profile_transparency",
          "photos_by",
          "map",
          "likes");

  @Override
  public Optional<AccountAddress> account(WebAddress address) {
    int size = address.size();
    if (size == 0) {
      return Optional.empty();
    }
    String first = address.word(0);
    if (first.equals("profile.php")) {
      return size == 1 ? address.queryParameter("id").flatMap(FacebookSite::id) : Optional.empty();
    }
    if (first.equals("pages") || first.equals("people")) {
      return byIdInPath(address);
    }
    if (first.equals("pg")) {
      // The old page layout: /pg/name/about is the page "name".
      return size >= 2 && size <= 3 && isTabOrNothing(address, 2)
          ? named(address.word(1))
          : Optional.empty();
    }
    return size <= 2 && isTabOrNothing(address, 1) ? named(first) : Optional.empty();
  }

  /**
   * /pages/Name/123, /pages/category/Category/Name/123 and /people/Name/123, each possibly with a
   * tab: the name parts say nothing, the last number is the account.
   */
  private Optional<AccountAddress> byIdInPath(WebAddress address) {
    int last = address.size() - 1;
    if (TABS.contains(address.word(last))) {
      last--;
    }
    int nameParts = last - 1;
    boolean people = address.word(0).equals("people");
    boolean shaped = people ? nameParts == 1 : nameParts >= 1 && nameParts <= 3;
    return shaped ? id(address.word(last)) : Optional.empty();
  }

  private static boolean isTabOrNothing(WebAddress address, int index) {
    return address.size() <= index || TABS.contains(address.word(index));
  }

  @Override
  public Optional<AccountAddress> named(String candidate) {
    String name = candidate.toLowerCase(Locale.ROOT);
    if (ID.matcher(name).matches()) {
      return id(name);
    }
    if (RESERVED.contains(name) || name.endsWith(".php") || !VANITY.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(AccountAddress.of(Channel.FACEBOOK, name));
  }

  private static Optional<AccountAddress> id(String candidate) {
    return ID.matcher(candidate).matches()
        ? Optional.of(AccountAddress.of(Channel.FACEBOOK, "id/" + candidate))
        : Optional.empty();
  }

  @Override
  public String url(String identity) {
    return identity.startsWith("id/")
        ? "https://www.facebook.com/profile.php?id=" + identity.substring(3)
        : "https://www.facebook.com/" + PercentEncoding.encode(identity);
  }
}
