package fi.virkaprofiili.profile.entity.account;

import fi.virkaprofiili.profile.entity.Channel;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which site reads an address: by its host, or by the channel the caller names. */
final class Sites {

  private static final FacebookSite FACEBOOK = new FacebookSite();
  private static final YouTubeSite YOUTUBE = new YouTubeSite();
  private static final LinkedInSite LINKEDIN = new LinkedInSite();
  private static final BlueskySite BLUESKY = new BlueskySite();
  private static final MastodonSite MASTODON = new MastodonSite();
  private static final OtherSite OTHER = new OtherSite();

  private static final Map<String, Site> BY_HOST =
      Map.ofEntries(
          Map.entry("facebook.com", FACEBOOK),
          Map.entry("fb.com", FACEBOOK),
          Map.entry("x.com", HandleSite.X),
          Map.entry("twitter.com", HandleSite.X),
          Map.entry("instagram.com", HandleSite.INSTAGRAM),
          Map.entry("instagr.am", HandleSite.INSTAGRAM),
          Map.entry("linkedin.com", LINKEDIN),
          Map.entry("youtube.com", YOUTUBE),
          Map.entry("tiktok.com", HandleSite.TIKTOK),
          Map.entry("threads.net", HandleSite.THREADS),
          Map.entry("threads.com", HandleSite.THREADS),
          Map.entry("bsky.app", BLUESKY));

  /**
   * Domains run by the services themselves. An address anywhere under them that no site reads
   * (help.instagram.com, vm.tiktok.com short links, youtu.be videos) is not an account, and must
   * not become an "other" account either.
   */
  private static final Set<String> SERVICE_DOMAINS =
      Set.of(
          "facebook.com",
          "fb.com",
          "fb.me",
          "x.com",
          "twitter.com",
          "t.co",
          "instagram.com",
          "instagr.am",
          "linkedin.com",
          "lnkd.in",
          "youtube.com",
          "youtu.be",
          "tiktok.com",
          "threads.net",
          "threads.com",
          "bsky.app",
          "bsky.social");

  /** The same pages under another name: the mobile sites. */
  private static final Set<String> MOBILE_PREFIXES = Set.of("m", "mobile", "mbasic");

  private Sites() {}

  static Optional<AccountAddress> account(WebAddress address) {
    Optional<Site> site = byHost(address.host());
    if (site.isPresent()) {
      return site.get().account(address);
    }
    if (BlueskySite.isHandleHost(address.host())) {
      return BLUESKY.account(address);
    }
    if (isServiceHost(address.host())) {
      return Optional.empty();
    }
    return MASTODON.isAccountPath(address) ? MASTODON.account(address) : OTHER.account(address);
  }

  /** The service whose limit the name in this address exceeds, if that is all that is wrong. */
  static Optional<NameTooLong> nameTooLong(WebAddress address) {
    return byHost(address.host())
        .filter(HandleSite.class::isInstance)
        .map(HandleSite.class::cast)
        .filter(site -> site.hasOverLongName(address))
        .map(site -> new NameTooLong(site.channel(), site.brand(), site.longestName()));
  }

  static Site forChannel(Channel channel) {
    return switch (channel) {
      case FACEBOOK -> FACEBOOK;
      case INSTAGRAM -> HandleSite.INSTAGRAM;
      case X -> HandleSite.X;
      case LINKEDIN -> LINKEDIN;
      case YOUTUBE -> YOUTUBE;
      case TIKTOK -> HandleSite.TIKTOK;
      case THREADS -> HandleSite.THREADS;
      case MASTODON -> MASTODON;
      case BLUESKY -> BLUESKY;
      case OTHER -> OTHER;
    };
  }

  static MastodonSite mastodon() {
    return MASTODON;
  }

  /** A host the services run, such as {@code m.facebook.com} or {@code kaupunki.bsky.social}. */
  static boolean isServiceHost(String host) {
    return SERVICE_DOMAINS.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
  }

  private static Optional<Site> byHost(String host) {
    Site site = BY_HOST.get(host);
    int dot = host.indexOf('.');
    if (site == null && dot > 0) {
      String label = host.substring(0, dot);
      String parent = host.substring(dot + 1);
      if (MOBILE_PREFIXES.contains(label) || LinkedInSite.isCountryHost(label, parent)) {
        site = BY_HOST.get(parent);
      }
    }
    return Optional.ofNullable(site);
  }
}
