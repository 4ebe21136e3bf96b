package fi.virkaprofiili.profile.entity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.profile.entity.Channel;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountAddressTest {

  private static final String CHANNEL_ID = "UCd2JMzRbnp-sC7cdv0KAnUQ";

  /**
   * Real-looking spellings of one account, grouped by the key they must share. Every row also
   * checks that the canonical link is an https URL that reads back as the same account.
   */
  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Facebook, by vanity name
          https://www.facebook.com/helsinginkaupunki                      | FACEBOOK  | facebook:helsinginkaupunki
          http://facebook.com/HelsinginKaupunki/                          | FACEBOOK  | facebook:helsinginkaupunki
          facebook.com/helsinginkaupunki?ref=bookmarks                    | FACEBOOK  | facebook:helsinginkaupunki
          https://m.facebook.com/helsinginkaupunki#posts                  | FACEBOOK  | facebook:helsinginkaupunki
          https://mbasic.facebook.com/helsinginkaupunki                   | FACEBOOK  | facebook:helsinginkaupunki
          https://mobile.facebook.com/HELSINGINKAUPUNKI                   | FACEBOOK  | facebook:helsinginkaupunki
          https://fb.com/helsinginkaupunki                                | FACEBOOK  | facebook:helsinginkaupunki
          https://www.facebook.com/helsinginkaupunki/about/               | FACEBOOK  | facebook:helsinginkaupunki
          https://www.facebook.com/pg/helsinginkaupunki/posts/            | FACEBOOK  | facebook:helsinginkaupunki
          '  https://www.facebook.com/helsinginkaupunki  '                | FACEBOOK  | facebook:helsinginkaupunki
          https://www.facebook.com/%68elsinginkaupunki                    | FACEBOOK  | facebook:helsinginkaupunki
          https://www.facebook.com/Helsinki-123                           | FACEBOOK  | facebook:helsinki-123
          # Facebook, by numeric id: pages, people, profile.php and the bare id are one number space
          https://www.facebook.com/profile.php?id=100064512345678         | FACEBOOK  | facebook:id/100064512345678
          https://m.facebook.com/profile.php?id=100064512345678&sk=about  | FACEBOOK  | facebook:id/100064512345678
          https://www.facebook.com/pages/Helsingin-kaupunki/100064512345678 | FACEBOOK | facebook:id/100064512345678
          https://www.facebook.com/pages/Helsingin%20kaupunki/100064512345678?fref=ts | FACEBOOK | facebook:id/100064512345678
          facebook.com/pages/category/Helsingin-kaupunki/100064512345678  | FACEBOOK  | facebook:id/100064512345678
          https://www.facebook.com/pages/category/Government-Organization/Helsingin-kaupunki/100064512345678/ | FACEBOOK | facebook:id/100064512345678
          https://www.facebook.com/pages/Helsingin-kaupunki/100064512345678/about | FACEBOOK | facebook:id/100064512345678
          https://www.facebook.com/people/Helsingin-kaupunki/100064512345678/ | FACEBOOK | facebook:id/100064512345678
          https://www.facebook.com/100064512345678                        | FACEBOOK  | facebook:id/100064512345678
          # X, formerly Twitter
          https://x.com/helsinki                                          | X         | x:helsinki
          https://twitter.com/Helsinki                                    | X         | x:helsinki
          http://www.twitter.com/helsinki/                                | X         | x:helsinki
          mobile.twitter.com/helsinki?lang=fi                             | X         | x:helsinki
          https://x.com/helsinki?s=20&t=AbCdEf                            | X         | x:helsinki
          https://twitter.com/#!/helsinki                                 | X         | x:helsinki
          https://x.com/helsinki/media                                    | X         | x:helsinki
          HTTPS://X.COM/HELSINKI                                          | X         | x:helsinki
          https://x.com/%68elsinki                                        | X         | x:helsinki
          '\u00A0https://x.com/helsinki\u200B'                            | X         | x:helsinki
          https://x.com/./helsinki                                        | X         | x:helsinki
          https://x.com/home/../helsinki                                  | X         | x:helsinki
          x.com:443/helsinki                                              | X         | x:helsinki
          https://x.com./helsinki                                         | X         | x:helsinki
          //x.com/helsinki                                                | X         | x:helsinki
          # Instagram
          https://www.instagram.com/helsinginkaupunki/                    | INSTAGRAM | instagram:helsinginkaupunki
          instagram.com/HelsinginKaupunki                                 | INSTAGRAM | instagram:helsinginkaupunki
          https://instagram.com/helsinginkaupunki?igsh=MWx0bWxy           | INSTAGRAM | instagram:helsinginkaupunki
          https://instagr.am/helsinginkaupunki                            | INSTAGRAM | instagram:helsinginkaupunki
          https://www.instagram.com/helsinginkaupunki/tagged/             | INSTAGRAM | instagram:helsinginkaupunki
          https://www.instagram.com/helsinginkaupunki/?hl=fi              | INSTAGRAM | instagram:helsinginkaupunki
          https://www.instagram.com/helsinki.kaupunki/                    | INSTAGRAM | instagram:helsinki.kaupunki
          # LinkedIn
          https://www.linkedin.com/company/city-of-helsinki/              | LINKEDIN  | linkedin:company/city-of-helsinki
          linkedin.com/company/City-of-Helsinki/posts/?feedView=all       | LINKEDIN  | linkedin:company/city-of-helsinki
          https://fi.linkedin.com/company/city-of-helsinki                | LINKEDIN  | linkedin:company/city-of-helsinki
          https://www.linkedin.com/company/city-of-helsinki/about         | LINKEDIN  | linkedin:company/city-of-helsinki
          https://www.linkedin.com/showcase/helsinki-business-hub/        | LINKEDIN  | linkedin:showcase/helsinki-business-hub
          https://www.linkedin.com/school/aalto-university/people/        | LINKEDIN  | linkedin:school/aalto-university
          https://www.linkedin.com/company/h%C3%A4meenlinna               | LINKEDIN  | linkedin:company/hämeenlinna
          https://www.linkedin.com/company/hämeenlinna/                   | LINKEDIN  | linkedin:company/hämeenlinna
          https://www.linkedin.com/company/ha%CC%88meenlinna              | LINKEDIN  | linkedin:company/hämeenlinna
          # YouTube: handles, channel ids (case kept), legacy /c/ and /user/ names
          https://www.youtube.com/@helsinginkaupunki                      | YOUTUBE   | youtube:@helsinginkaupunki
          youtube.com/@HelsinginKaupunki/videos                           | YOUTUBE   | youtube:@helsinginkaupunki
          https://m.youtube.com/@helsinginkaupunki/featured?app=desktop   | YOUTUBE   | youtube:@helsinginkaupunki
          https://www.youtube.com/%40helsinginkaupunki                    | YOUTUBE   | youtube:@helsinginkaupunki
          https://www.youtube.com/channel/UCd2JMzRbnp-sC7cdv0KAnUQ        | YOUTUBE   | youtube:channel/UCd2JMzRbnp-sC7cdv0KAnUQ
          http://youtube.com/channel/UCd2JMzRbnp-sC7cdv0KAnUQ/videos?view=0 | YOUTUBE | youtube:channel/UCd2JMzRbnp-sC7cdv0KAnUQ
          https://WWW.YOUTUBE.COM/channel/UCd2JMzRbnp-sC7cdv0KAnUQ/       | YOUTUBE   | youtube:channel/UCd2JMzRbnp-sC7cdv0KAnUQ
          https://www.youtube.com/c/HelsinginKaupunki                     | YOUTUBE   | youtube:c/helsinginkaupunki
          youtube.com/c/helsinginkaupunki/about                           | YOUTUBE   | youtube:c/helsinginkaupunki
          https://www.youtube.com/user/helsinki                           | YOUTUBE   | youtube:user/helsinki
          YOUTUBE.COM/USER/HELSINKI/                                      | YOUTUBE   | youtube:user/helsinki
          # TikTok
          https://www.tiktok.com/@helsinginkaupunki                       | TIKTOK    | tiktok:helsinginkaupunki
          tiktok.com/@HelsinginKaupunki?lang=fi                           | TIKTOK    | tiktok:helsinginkaupunki
          https://m.tiktok.com/@helsinginkaupunki/                        | TIKTOK    | tiktok:helsinginkaupunki
          https://www.tiktok.com/%40helsinginkaupunki                     | TIKTOK    | tiktok:helsinginkaupunki
          # Threads, at both of its domains
          https://www.threads.net/@helsinginkaupunki                      | THREADS   | threads:helsinginkaupunki
          https://www.threads.com/@HelsinginKaupunki?xmt=AQGz             | THREADS   | threads:helsinginkaupunki
          threads.net/@helsinginkaupunki/replies                          | THREADS   | threads:helsinginkaupunki
          # Mastodon: the handle, the profile URL, the ActivityPub URL, a remote view
          @helsinki@mastodon.social                                       | MASTODON  | mastodon:helsinki@mastodon.social
          '  @Helsinki@Mastodon.Social '                                  | MASTODON  | mastodon:helsinki@mastodon.social
          https://mastodon.social/@helsinki                               | MASTODON  | mastodon:helsinki@mastodon.social
          mastodon.social/@helsinki/with_replies                          | MASTODON  | mastodon:helsinki@mastodon.social
          https://mastodon.social/users/helsinki                          | MASTODON  | mastodon:helsinki@mastodon.social
          https://mastodon.social/%40helsinki                             | MASTODON  | mastodon:helsinki@mastodon.social
          https://fosstodon.org/@helsinki@mastodon.social                 | MASTODON  | mastodon:helsinki@mastodon.social
          https://mastodon.social/@Helsinki?lang=fi#top                   | MASTODON  | mastodon:helsinki@mastodon.social
          # Bluesky: handles on bsky.social, custom domain handles, DIDs
          @helsinki.bsky.social                                           | BLUESKY   | bluesky:helsinki.bsky.social
          helsinki.bsky.social                                            | BLUESKY   | bluesky:helsinki.bsky.social
          https://bsky.app/profile/helsinki.bsky.social                   | BLUESKY   | bluesky:helsinki.bsky.social
          https://bsky.app/profile/Helsinki.BSKY.social/                  | BLUESKY   | bluesky:helsinki.bsky.social
          https://helsinki.bsky.social                                    | BLUESKY   | bluesky:helsinki.bsky.social
          bsky.app/profile/@helsinki.bsky.social                          | BLUESKY   | bluesky:helsinki.bsky.social
          @hel.fi                                                         | BLUESKY   | bluesky:hel.fi
          https://bsky.app/profile/hel.fi/followers                       | BLUESKY   | bluesky:hel.fi
          https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur       | BLUESKY   | bluesky:did:plc:z72i7hdynmk6r22z27h6tvur
          # Other hosts: host normalised, path kept as written apart from its encoding
          https://vimeo.com/helsinki                                      | OTHER     | other:vimeo.com/helsinki
          http://www.vimeo.com/helsinki/?utm_source=x#top                 | OTHER     | other:vimeo.com/helsinki
          VIMEO.COM/helsinki/                                             | OTHER     | other:vimeo.com/helsinki
          https://Flickr.com/photos/HelsinkiCity                          | OTHER     | other:flickr.com/photos/HelsinkiCity
          https://www.hämeenlinna.fi/uutiskirje                           | OTHER     | other:xn--hmeenlinna-q5a.fi/uutiskirje
          https://example.fi/%7ekaupunki                                  | OTHER     | other:example.fi/~kaupunki
          https://example.fi/käyttäjä                                     | OTHER     | other:example.fi/k%C3%A4ytt%C3%A4j%C3%A4
          https://example.fi/k%c3%a4ytt%c3%a4j%c3%a4                      | OTHER     | other:example.fi/k%C3%A4ytt%C3%A4j%C3%A4
          hel.fi                                                          | OTHER     | other:hel.fi
          """)
  void spellingsOfOneAccountShareItsKey(String input, Channel channel, String key) {
    AccountAddress address = AccountAddress.parse(input).orElseThrow();

    assertThat(address.key()).isEqualTo(key);
    assertThat(address.channel()).isEqualTo(channel);
    URI link = URI.create(address.canonicalUrl());
    assertThat(link.getScheme()).isEqualTo("https");
    assertThat(AccountAddress.parse(link.toString())).contains(address);
  }

  /** A hint reads bare handles; a web address or an unambiguous handle keeps its own service. */
  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @helsinginkaupunki                | INSTAGRAM | instagram:helsinginkaupunki
          helsinginkaupunki                 | INSTAGRAM | instagram:helsinginkaupunki
          @helsinki.kaupunki                | INSTAGRAM | instagram:helsinki.kaupunki
          helsinki.kaupunki                 | INSTAGRAM | instagram:helsinki.kaupunki
          @Helsinki                         | X         | x:helsinki
          @helsinginkaupunki                | TIKTOK    | tiktok:helsinginkaupunki
          @helsinginkaupunki                | THREADS   | threads:helsinginkaupunki
          @HelsinginKaupunki                | YOUTUBE   | youtube:@helsinginkaupunki
          helsinginkaupunki                 | FACEBOOK  | facebook:helsinginkaupunki
          helsinki@mastodon.social          | MASTODON  | mastodon:helsinki@mastodon.social
          hel.fi                            | BLUESKY   | bluesky:hel.fi
          @hel.fi                           | BLUESKY   | bluesky:hel.fi
          https://x.com/helsinki            | INSTAGRAM | x:helsinki
          instagram.com/helsinginkaupunki   | INSTAGRAM | instagram:helsinginkaupunki
          @helsinki@mastodon.social         | INSTAGRAM | mastodon:helsinki@mastodon.social
          @helsinki.bsky.social             | OTHER     | bluesky:helsinki.bsky.social
          """)
  void hintReadsBareHandles(String input, Channel hint, String key) {
    assertThat(AccountAddress.parse(input, hint)).map(AccountAddress::key).contains(key);
  }

  @ParameterizedTest(name = "{0} on {1} is refused")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @helsinki              | MASTODON
          @helsinki              | LINKEDIN
          helsinki               | OTHER
          @helsinki.kaupunki     | X
          helsinki               | BLUESKY
          instagram.com          | INSTAGRAM
          @                      | INSTAGRAM
          @.helsinki             | INSTAGRAM
          @helsinki..kaupunki    | THREADS
          @helsinki@             | MASTODON
          """)
  void hintDoesNotMakeAnAccountOfWhatTheServiceCannotName(String input, Channel hint) {
    assertThat(AccountAddress.parse(input, hint)).isEmpty();
  }

  /** Not accounts: other schemes, tricks with hosts, service pages and content, malformed text. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)//x.com/helsinki",
        "data:text/html;base64,PHNjcmlwdD4=",
        "mailto:kirjaamo@hel.fi",
        "ftp://x.com/helsinki",
        "file:///etc/passwd",
        "https://x.com@evil.example/helsinki",
        "https://x.com\\@evil.example/helsinki",
        "https://www.facebook.com/",
        "https://www.facebook.com/watch?v=123",
        "https://www.facebook.com/groups/123456",
        "https://www.facebook.com/helsinginkaupunki/posts/pfbid0abc",
        "https://www.facebook.com/photo.php?fbid=123",
        "https://www.facebook.com/profile.php",
        "https://www.facebook.com/profile.php?id=helsinki",
        "https://www.facebook.com/share/p/1AbCdE/",
        "https://www.facebook.com/people/Helsingin-kaupunki/",
        "https://x.com/home",
        "https://x.com/",
        "https://x.com/helsinki/status/1790000000000000000",
        "https://x.com/search?q=helsinki",
        "https://x.com/i/lists/123",
        "https://x.com/helsinki.kaupunki",
        "https://www.instagram.com/p/C1a2b3c4d5e/",
        "https://www.instagram.com/reel/C1a2b3c4d5e/",
        "https://www.instagram.com/helsinginkaupunki/p/C1a2b3c4d5e/",
        "https://www.instagram.com/explore/tags/helsinki/",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "https://www.youtube.com/results?search_query=helsinki",
        "https://www.youtube.com/helsinginkaupunki",
        "https://www.youtube.com/channel/not-a-channel-id",
        "https://www.youtube.com/@helsinginkaupunki/videos/extra",
        "https://www.tiktok.com/@helsinginkaupunki/video/7300000000000000000",
        "https://vm.tiktok.com/ZMabcdef/",
        "https://www.tiktok.com/helsinginkaupunki",
        "https://www.threads.net/@helsinginkaupunki/post/C1a2b3",
        "https://www.linkedin.com/feed/",
        "https://www.linkedin.com/posts/city-of-helsinki_activity-123",
        "https://www.linkedin.com/company/",
        "https://mastodon.social/@helsinki/111222333444555666",
        "https://bsky.app/profile/helsinki.bsky.social/post/3kabc",
        "https://bsky.app/",
        "https://bsky.social/about",
        "https://help.instagram.com/581066165581870",
        "https://localhost/@helsinki",
        "http://192.168.0.1/helsinki",
        "https://x.com:8443/helsinki",
        "https://x%2Ecom/helsinki",
        "https://x.com/%zzhelsinki",
        "https://",
        "x.com/hel sinki",
        "https://x.com/hel\u202Esinki",
        "@helsinki",
        "helsinki",
        "helsinki@mastodon.social",
        "@",
        "@@mastodon.social",
        "@helsinki@localhost",
      })
  void isNotAnAccount(String input) {
    assertThat(AccountAddress.parse(input)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n", "\u00A0\u200B"})
  void blankIsNotAnAccount(String input) {
    assertThat(AccountAddress.parse(input)).isEmpty();
    assertThat(AccountAddress.parse(input, Channel.INSTAGRAM)).isEmpty();
  }

  @Test
  void addressesLongerThanTheLimitAreRefused() {
    String prefix = "https://example.fi/";
    String longest = prefix + "a".repeat(AccountAddress.MAX_LENGTH - prefix.length());
    String tooLong = longest + "a";

    assertThat(AccountAddress.parse(longest)).map(AccountAddress::channel).contains(Channel.OTHER);
    assertThat(AccountAddress.parse(tooLong)).isEmpty();
    assertThat(AccountAddress.parse("  " + longest + "  ")).isPresent();
  }

  /** A name one character over its service's limit is refused, and the refusal names the limit. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://x.com/                      | 15 | X         | X
          https://www.instagram.com/          | 30 | INSTAGRAM | Instagram
          https://www.tiktok.com/@            | 24 | TIKTOK    | TikTok
          https://www.threads.com/@           | 30 | THREADS   | Threads
          """)
  void aNameLongerThanItsServiceAllowsIsToldApart(
      String prefix, int longest, Channel channel, String brand) {
    assertThat(AccountAddress.parse(prefix + "a".repeat(longest))).isPresent();
    assertThat(AccountAddress.nameTooLong(prefix + "a".repeat(longest))).isEmpty();

    String over = prefix + "a".repeat(longest + 1);
    assertThat(AccountAddress.parse(over)).isEmpty();
    assertThat(AccountAddress.nameTooLong(over)).contains(new NameTooLong(channel, brand, longest));
    assertThat(AccountAddress.nameTooLong(over + "/")).isPresent();
  }

  /** Other refusals are not blamed on a name's length. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://x.com/" + "a b",
        "https://x.com/home",
        "https://x.com/aaaaaaaaaaaaaaaaaaaaaaaa/status/1",
        "@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "https://evil.example/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/b/c",
        "https://www.tiktok.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void otherRefusalsAreNotANameTooLong(String input) {
    assertThat(AccountAddress.nameTooLong(input)).isEmpty();
  }

  /** Pairs that look alike but are different accounts: each reads, and the keys differ. */
  @ParameterizedTest(name = "{0} <> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://x.com/helsinki                      | https://x.com/helsinki_
          https://x.com/helsinki                      | https://x.com.evil.example/helsinki
          https://x.com/helsinki                      | https://evil-x.com/helsinki
          https://twitter.com/helsinki                | https://twitter.co/helsinki
          https://www.facebook.com/helsinginkaupunki  | https://evil-facebook.com/helsinginkaupunki
          https://www.facebook.com/helsinginkaupunki  | https://facebook.com.evil.example/helsinginkaupunki
          https://www.facebook.com/helsinginkaupunki  | https://f\u0430cebook.com/helsinginkaupunki
          https://www.facebook.com/helsinginkaupunki  | https://www.facebook.com/100064512345678
          https://www.facebook.com/profile.php?id=100064512345678 | https://www.facebook.com/profile.php?id=100064512345679
          https://www.instagram.com/helsinginkaupunki | https://www.instagram.com/helsingin_kaupunki
          https://www.instagram.com/helsinginkaupunki | https://www.threads.net/@helsinginkaupunki
          https://www.instagram.com/helsinginkaupunki | https://instagram.com.evil.example/helsinginkaupunki
          https://www.youtube.com/channel/UCd2JMzRbnp-sC7cdv0KAnUQ | https://www.youtube.com/channel/UCD2JMZRBNP-SC7CDV0KANUQ
          https://www.youtube.com/@helsinki           | https://www.youtube.com/c/helsinki
          https://www.youtube.com/c/helsinki          | https://www.youtube.com/user/helsinki
          https://www.tiktok.com/@helsinki            | https://www.tiktok.com.evil.example/@helsinki
          https://mastodon.social/@helsinki           | https://mastodon.online/@helsinki
          @helsinki@mastodon.social                   | @helsinki@mastodon.social.evil.example
          https://www.linkedin.com/company/helsinki   | https://www.linkedin.com/showcase/helsinki
          https://www.linkedin.com/company/helsinki   | https://www.linkedin.com/in/helsinki
          @helsinki.bsky.social                       | @helsinki.fi
          https://bsky.app/profile/hel.fi             | https://hel.fi
          https://example.fi/Kaupunki                 | https://example.fi/kaupunki
          https://m.example.fi/kaupunki               | https://example.fi/kaupunki
          https://example.fi/a%2Fb                    | https://example.fi/a/b
          """)
  void differentAccountsDoNotMatch(String one, String other) {
    AccountAddress first = AccountAddress.parse(one).orElseThrow();
    AccountAddress second = AccountAddress.parse(other).orElseThrow();

    assertThat(first.key()).isNotEqualTo(second.key());
    assertThat(first).isNotEqualTo(second);
  }

  /** A host that merely contains a service's name is someone else's site. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://x.com.evil.example/kaupunki        | OTHER    | other:x.com.evil.example/kaupunki
          evil-facebook.com/x                        | OTHER    | other:evil-facebook.com/x
          https://f\u0430cebook.com/helsinki          | OTHER    | other:xn--fcebook-2fg.com/helsinki
          https://facebook.com.evil.example/pages/X/1 | OTHER   | other:facebook.com.evil.example/pages/X/1
          https://www.tiktok.com.evil.example/@helsinki | MASTODON | mastodon:helsinki@tiktok.com.evil.example
          https://mylinkedin.com/company/helsinki    | OTHER    | other:mylinkedin.com/company/helsinki
          """)
  void lookalikeHostsAreNotTheService(String input, Channel channel, String key) {
    AccountAddress address = AccountAddress.parse(input).orElseThrow();

    assertThat(address.channel()).isEqualTo(channel);
    assertThat(address.key()).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          facebook.com/HelsinginKaupunki                       | https://www.facebook.com/helsinginkaupunki
          facebook.com/pages/Helsinki/100064512345678          | https://www.facebook.com/profile.php?id=100064512345678
          twitter.com/Helsinki                                 | https://x.com/helsinki
          instagr.am/helsinginkaupunki                         | https://www.instagram.com/helsinginkaupunki/
          fi.linkedin.com/company/City-of-Helsinki/posts       | https://www.linkedin.com/company/city-of-helsinki/
          linkedin.com/company/h%C3%A4meenlinna                | https://www.linkedin.com/company/h%C3%A4meenlinna/
          youtube.com/@HelsinginKaupunki/videos                | https://www.youtube.com/@helsinginkaupunki
          youtube.com/channel/UCd2JMzRbnp-sC7cdv0KAnUQ/videos  | https://www.youtube.com/channel/UCd2JMzRbnp-sC7cdv0KAnUQ
          youtube.com/user/Helsinki                            | https://www.youtube.com/user/helsinki
          tiktok.com/@HelsinginKaupunki                        | https://www.tiktok.com/@helsinginkaupunki
          threads.net/@helsinginkaupunki                       | https://www.threads.com/@helsinginkaupunki
          @Helsinki@Mastodon.Social                            | https://mastodon.social/@helsinki
          https://fosstodon.org/@helsinki@mastodon.social      | https://mastodon.social/@helsinki
          @helsinki.bsky.social                                | https://bsky.app/profile/helsinki.bsky.social
          http://www.vimeo.com/helsinki/?utm_source=x          | https://vimeo.com/helsinki
          """)
  void canonicalUrlIsTheAddressACitizenCanOpen(String input, String url) {
    assertThat(AccountAddress.parse(input)).map(AccountAddress::canonicalUrl).contains(url);
  }

  @Test
  void addressesOfOneAccountAreEqualAndHashAlike() {
    AccountAddress written = AccountAddress.parse("twitter.com/Helsinki").orElseThrow();
    AccountAddress copied = AccountAddress.parse("https://x.com/helsinki/?s=20").orElseThrow();
    AccountAddress other = AccountAddress.parse("https://x.com/tampere").orElseThrow();

    assertThat(written).isEqualTo(copied).hasSameHashCodeAs(copied).isNotEqualTo(other);
    assertThat(Set.of(written, other)).contains(copied);
    assertThat(written).hasToString("x:helsinki");
  }

  @Test
  void aHintIsRequiredByTheHintedOverload() {
    assertThatThrownBy(() -> AccountAddress.parse("@helsinki", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void channelIdKeepsItsCaseWhileOtherYouTubeNamesDoNot() {
    AccountAddress channel =
        AccountAddress.parse("https://www.youtube.com/channel/" + CHANNEL_ID).orElseThrow();
    AccountAddress handle = AccountAddress.parse("https://www.youtube.com/@HeLsInKi").orElseThrow();

    assertThat(channel.key()).endsWith(CHANNEL_ID);
    assertThat(handle.key()).isEqualTo("youtube:@helsinki");
  }
}
