package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.BundleRules;
import java.util.Set;

/** The portal's texts (messages) keep {@link BundleRules}, read from ejb's test jar. */
class BundlesTest extends BundleRules {

  /**
   * Keys whose value is rightly the same in two languages: names (the product, Camunda's Cockpit,
   * the services), each language's name in itself, and IT, a word English and Swedish share.
   */
  private static final Set<String> SAME_IN_TWO_LANGUAGES =
      Set.of(
          "app.name",
          "nav.cockpit",
          "language.fi",
          "language.sv",
          "language.en",
          "login.demo.ilkka",
          "channel.FACEBOOK",
          "channel.INSTAGRAM",
          "channel.X",
          "channel.LINKEDIN",
          "channel.YOUTUBE",
          "channel.TIKTOK",
          "channel.THREADS",
          "channel.MASTODON",
          "channel.BLUESKY");

  @Override
  protected Set<String> sameInTwoLanguages() {
    return SAME_IN_TWO_LANGUAGES;
  }
}
