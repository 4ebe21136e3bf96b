package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.registry.boundary.Registry;
import fi.virkaprofiili.registry.boundary.RegistryResults;
import fi.virkaprofiili.registry.boundary.RegistrySearch;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The public registry page: no sign-in, for citizens to verify accounts (R9). The search and the
 * page number are query parameters, so a search can be linked to and shared, and a visit keeps
 * nothing on the server: no session, no view state. Searched, filtered and paged in the database,
 * so that it stays fast with many profiles.
 */
@Named
@RequestScoped
public class RegistryPage {

  static final int PAGE_SIZE = 25;

  private final Registry registry;
  private final OrganisationUnits units;
  private final Messages messages;

  private String words;
  private String unitCode;
  private Channel channel;
  private ProfileLanguage language;
  private ProfileState state;
  private int page = 1;
  private boolean filterLeftOut;
  private boolean wordsTooLong;

  private RegistryResults found;

  @Inject
  RegistryPage(Registry registry, OrganisationUnits units, Messages messages) {
    this.registry = registry;
    this.units = units;
    this.messages = messages;
  }

  /** For the container's proxy only. */
  protected RegistryPage() {
    this(null, null, null);
  }

  /** Runs the search the parameters ask for: one page of profiles, and how many match. */
  public void search() {
    if (filterLeftOut) {
      messages.errorOnThisPage("registry.filterLeftOut");
    }
    if (wordsTooLong) {
      messages.errorOnThisPage("registry.wordsTooLong");
    }
    found = registry.search(pageOfSearch());
    if (found.profiles().isEmpty() && page > 1 && found.total() > 0) {
      // A link to a page the registry no longer has: the last page there is, not an empty table.
      page = (int) ((found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
      found = registry.search(pageOfSearch());
    }
  }

  private RegistrySearch pageOfSearch() {
    return new RegistrySearch(words, unitCode, channel, language, state, page - 1, PAGE_SIZE);
  }

  public List<Profile> getProfiles() {
    return found == null ? List.of() : found.profiles();
  }

  public long getTotal() {
    return found == null ? 0 : found.total();
  }

  public int getPages() {
    return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** The number of the first profile shown, counting from 1. */
  public long getFirstShown() {
    return getTotal() == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
  }

  public long getLastShown() {
    return Math.min(getTotal(), (long) page * PAGE_SIZE);
  }

  public boolean isPreviousPage() {
    return page > 1;
  }

  public boolean isNextPage() {
    return page < getPages();
  }

  public List<OrganisationUnit> getUnits() {
    return units.all();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public ProfileLanguage[] getLanguages() {
    return ProfileLanguage.values();
  }

  public List<ProfileState> getStates() {
    return Arrays.stream(ProfileState.values()).filter(ProfileState::isPublic).toList();
  }

  public int getWordsMaxLength() {
    return RegistrySearch.WORDS_MAX;
  }

  // The form's fields: what the page shows as chosen.

  public String getWords() {
    return words;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Channel getChannel() {
    return channel;
  }

  public ProfileLanguage getLanguage() {
    return language;
  }

  public ProfileState getState() {
    return state;
  }

  public int getPage() {
    return page;
  }

  // The address's parameters, as typed: each one read on its own, so that one the registry does
  // not know is left out with a message and the others still apply.

  public String getWordsParameter() {
    return words;
  }

  public void setWordsParameter(String asked) {
    String given = asked == null || asked.isBlank() ? null : asked.strip();
    wordsTooLong = given != null && given.length() > RegistrySearch.WORDS_MAX;
    words = wordsTooLong ? null : given;
  }

  public String getUnitParameter() {
    return unitCode;
  }

  public void setUnitParameter(String asked) {
    unitCode = asked == null || asked.isBlank() ? null : asked.strip();
  }

  public String getChannelParameter() {
    return channel == null ? null : channel.name();
  }

  public void setChannelParameter(String asked) {
    channel = known(asked, Channel::valueOf);
  }

  public String getLanguageParameter() {
    return language == null ? null : language.name();
  }

  public void setLanguageParameter(String asked) {
    language = known(asked, ProfileLanguage::valueOf);
  }

  public String getStateParameter() {
    return state == null ? null : state.name();
  }

  /** Only the states the registry shows; another one is left out like an unknown one. */
  public void setStateParameter(String asked) {
    ProfileState given = known(asked, ProfileState::valueOf);
    if (given != null && !given.isPublic()) {
      filterLeftOut = true;
      given = null;
    }
    state = given;
  }

  public String getPageParameter() {
    return page == 1 ? null : String.valueOf(page);
  }

  public void setPageParameter(String asked) {
    page = 1;
    if (asked != null && !asked.isBlank()) {
      try {
        page = Math.max(1, Integer.parseInt(asked.strip()));
      } catch (NumberFormatException notANumber) {
        filterLeftOut = true;
      }
    }
  }

  private <T> T known(String asked, Function<String, T> byName) {
    if (asked == null || asked.isBlank()) {
      return null;
    }
    try {
      return byName.apply(asked.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      filterLeftOut = true;
      return null;
    }
  }
}
