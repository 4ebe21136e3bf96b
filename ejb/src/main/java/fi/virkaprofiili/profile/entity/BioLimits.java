package fi.virkaprofiili.profile.entity;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How long a profile's description (bio, intro, about) may be on each service, in characters as the
 * service counts them. One table, checked against the services' own pages and documentation in
 * December 2026; services change these, so check again when a service says a text is too long:
 *
 * <ul>
 *   <li>Facebook: a Page's intro, 255 (Facebook Help Center, "Page intro").
 *   <li>Instagram: bio, 150 (Instagram Help Center, "Edit your profile").
 *   <li>X: bio, 160 (X Help Center, "How to customize your profile").
 *   <li>LinkedIn: a Page's overview ("About"), 2,000 (LinkedIn Help, "Page overview").
 *   <li>YouTube: channel description, 1,000 (YouTube Help, "Channel description").
 *   <li>TikTok: bio, 80 (TikTok Help Center, "Editing your profile").
 *   <li>Threads: bio, 150 (shares Instagram's profile limits).
 *   <li>Mastodon: bio ("note"), 500 on a server as shipped ({@code Account} validates {@code note}
 *       to at most 500); a server may allow more.
 *   <li>Bluesky: description, 256 graphemes (lexicon {@code app.bsky.actor.profile}).
 * </ul>
 *
 * Other services: no limit known, so the full text is offered.
 */
public final class BioLimits {

  private static final Map<Channel, Integer> LIMITS = new EnumMap<>(Channel.class);

  static {
    LIMITS.put(Channel.FACEBOOK, 255);
    LIMITS.put(Channel.INSTAGRAM, 150);
    LIMITS.put(Channel.X, 160);
    LIMITS.put(Channel.LINKEDIN, 2000);
    LIMITS.put(Channel.YOUTUBE, 1000);
    LIMITS.put(Channel.TIKTOK, 80);
    LIMITS.put(Channel.THREADS, 150);
    LIMITS.put(Channel.MASTODON, 500);
    LIMITS.put(Channel.BLUESKY, 256);
  }

  private BioLimits() {}

  /** The most characters the service's description takes; empty when none is known. */
  public static OptionalInt of(Channel channel) {
    Integer limit = channel == null ? null : LIMITS.get(channel);
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * A text's length as the services count it: by characters a person sees (code points), not by
   * Java's UTF-16 units, so that "ä" and an emoji count once.
   */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
