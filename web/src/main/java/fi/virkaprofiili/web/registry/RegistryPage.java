package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.organisation.boundary.OrganisationUnits;
import fi.virkaprofiili.organisation.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.registry.boundary.Registry;
import fi.virkaprofiili.registry.boundary.RegistrySearch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The public registry page: no sign-in, for citizens to verify accounts (R9). Searched and
 * filtered in the database, a page at a time, so that it stays fast with many profiles.
 */
@Named
@ViewScoped
public class RegistryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Registry registry;
  @Inject private OrganisationUnits units;

  private String words;
  private String unitCode;
  private Channel channel;
  private ProfileLanguage language;
  private ProfileState state;

  /** The filters {@link #total} was counted for: paging through the same search counts nothing again. */
  private RegistrySearch counted;
  private long total;

  private final LazyDataModel<Profile> profiles = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      RegistrySearch filtersNow = search(0, 1);
      if (!filtersNow.equals(counted)) {
        // A profile listed meanwhile shows up in the count when the search changes or the page is opened again.
        total = registry.count(filtersNow);
        counted = filtersNow;
      }
      return (int) total;
    }

    @Override
    public List<Profile> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return registry.profiles(search(first / pageSize, pageSize));
    }

    @Override
    public String getRowKey(Profile profile) {
      return String.valueOf(profile.getId());
    }
  };

  /** Opens the page on a search, as a link {@code registry.xhtml?q=...} asks. */
  public void searchFor(String query) {
    if (query != null && !query.isBlank() && query.length() <= RegistrySearch.WORDS_MAX) {
      words = query.strip();
    }
  }

  private RegistrySearch search(int page, int size) {
    return new RegistrySearch(words, unitCode, channel, language, state, page, Math.min(size, RegistrySearch.MAX_SIZE));
  }

  public LazyDataModel<Profile> getProfiles() {
    return profiles;
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

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words == null || words.isBlank() ? null : words;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public ProfileLanguage getLanguage() {
    return language;
  }

  public void setLanguage(ProfileLanguage language) {
    this.language = language;
  }

  public ProfileState getState() {
    return state;
  }

  public void setState(ProfileState state) {
    this.state = state;
  }
}
