package fi.virkaprofiili.web.registry;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.registry.boundary.Registry;
import fi.virkaprofiili.registry.boundary.RegistryResults;
import fi.virkaprofiili.registry.boundary.RegistrySearch;
import fi.virkaprofiili.web.platform.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryPageTest {

  /** A registry of {@code total} matching profiles that remembers what it was asked. */
  private static final class CountingRegistry extends Registry {
    final long total;
    final List<RegistrySearch> asked = new ArrayList<>();

    CountingRegistry(long total) {
      this.total = total;
    }

    @Override
    public RegistryResults search(RegistrySearch search) {
      asked.add(search);
      long from = (long) search.page() * search.size();
      int shown = (int) Math.max(0, Math.min(search.size(), total - from));
      List<Profile> profiles = Collections.nCopies(shown, (Profile) null);
      return new RegistryResults(profiles, total, search.page(), search.size());
    }
  }

  @Test
  void thePageNumberOfTheAddressPicksThePageAndTheFiltersGoAlong() {
    CountingRegistry registry = new CountingRegistry(60);
    RegistryPage page = new RegistryPage(registry, null, null);
    page.setChannelParameter("facebook");
    page.setWordsParameter("  kirjasto ");
    page.setPageParameter("3");

    page.search();

    assertThat(registry.asked)
        .singleElement()
        .satisfies(
            search -> {
              assertThat(search.page()).isEqualTo(2);
              assertThat(search.size()).isEqualTo(RegistryPage.PAGE_SIZE);
              assertThat(search.channel()).isEqualTo(Channel.FACEBOOK);
              assertThat(search.words()).isEqualTo("kirjasto");
            });
    assertThat(page.getProfiles()).hasSize(10);
    assertThat(page.getFirstShown()).isEqualTo(51);
    assertThat(page.getLastShown()).isEqualTo(60);
    assertThat(page.getPages()).isEqualTo(3);
    assertThat(page.isPreviousPage()).isTrue();
    assertThat(page.isNextPage()).isFalse();
  }

  @Test
  void aPageTheRegistryNoLongerHasShowsTheLastOne() {
    CountingRegistry registry = new CountingRegistry(30);
    RegistryPage page = new RegistryPage(registry, null, null);
    page.setPageParameter("9");

    page.search();

    assertThat(page.getPage()).isEqualTo(2);
    assertThat(page.getProfiles()).hasSize(5);
    assertThat(registry.asked).extracting(RegistrySearch::page).containsExactly(8, 1);
  }

  /** The messages the page gives, by key. */
  private static final class Told extends Messages {
    final List<String> keys = new ArrayList<>();

    @Override
    public void errorOnThisPage(String key, Object... arguments) {
      keys.add(key);
    }
  }

  @Test
  void aParameterTheRegistryDoesNotKnowIsLeftOutWithAMessageAndTheOthersStillApply() {
    CountingRegistry registry = new CountingRegistry(3);
    Told told = new Told();
    RegistryPage page = new RegistryPage(registry, null, told);
    page.setWordsParameter("kaupunki");
    page.setChannelParameter("myspace");
    page.setLanguageParameter("sv");
    page.setStateParameter("PROPOSED");
    page.setPageParameter("x");

    page.search();

    assertThat(told.keys).containsExactly("registry.filterLeftOut");
    assertThat(registry.asked)
        .singleElement()
        .satisfies(
            search -> {
              assertThat(search.words()).isEqualTo("kaupunki");
              assertThat(search.channel()).isNull();
              assertThat(search.language()).isEqualTo(ProfileLanguage.SV);
              assertThat(search.state()).isNull();
              assertThat(search.page()).isZero();
            });
    assertThat(page.getStateParameter()).isNull();
    assertThat(page.getLanguageParameter()).isEqualTo("SV");
  }

  @Test
  void searchWordsTooLongAreLeftOutWithTheirOwnMessage() {
    CountingRegistry registry = new CountingRegistry(3);
    Told told = new Told();
    RegistryPage page = new RegistryPage(registry, null, told);
    page.setWordsParameter("a".repeat(RegistrySearch.WORDS_MAX + 1));

    page.search();

    assertThat(told.keys).containsExactly("registry.wordsTooLong");
    assertThat(registry.asked.get(0).words()).isNull();
  }

  @Test
  void noPageBelowTheFirstAndNothingFoundIsOnePageOfNothing() {
    RegistryPage page = new RegistryPage(new CountingRegistry(0), null, null);
    page.setPageParameter("-4");

    page.search();

    assertThat(page.getPage()).isEqualTo(1);
    assertThat(page.getFirstShown()).isZero();
    assertThat(page.getPages()).isEqualTo(1);
    assertThat(page.isNextPage()).isFalse();
  }
}
