package fi.virkaprofiili.profile.entity.account;

import com.google.re2j.Pattern;
import fi.virkaprofiili.profile.entity.Channel;
import java.util.Optional;
import java.util.Set;

/**
 * LinkedIn pages: {@code linkedin:company/name}, and likewise {@code showcase/}, {@code school/}
 * and personal {@code in/} profiles, each possibly followed by one tab ({@code /posts}).
 */
final class LinkedInSite implements Site {

  private static final Set<String> KINDS = Set.of("company", "showcase", "school", "in");
  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}");

  private static final Set<String> TABS =
      Set.of(
          "about",
          "posts",
          "people",
          "jobs",
          "life",
          "events",
          "videos",
          "mycompany",
          "products",
          "insights",
          "recent-activity");

  /** LinkedIn serves the same pages at fi.linkedin.com, se.linkedin.com, ... */
  static boolean isCountryHost(String label, String parent) {
    return parent.equals("linkedin.com") && COUNTRY.matcher(label).matches();
  }

  @Override
  public Optional<AccountAddress> account(WebAddress address) {
    int size = address.size();
    if (size < 2 || size > 3 || !KINDS.contains(address.word(0))) {
      return Optional.empty();
    }
    String slug = address.word(1);
    if (!SLUG.matcher(slug).matches() || (size == 3 && !TABS.contains(address.word(2)))) {
      return Optional.empty();
    }
    return Optional.of(AccountAddress.of(Channel.LINKEDIN, address.word(0) + "/" + slug));
  }

  /** A bare name could be a company, a showcase page, a school or a person: not guessed. */
  @Override
  public Optional<AccountAddress> named(String name) {
    return Optional.empty();
  }

  @Override
  public String url(String identity) {
    int slash = identity.indexOf('/');
    return "https://www.linkedin.com/"
        + identity.substring(0, slash)
        + "/"
        + PercentEncoding.encode(identity.substring(slash + 1))
        + "/";
  }
}
