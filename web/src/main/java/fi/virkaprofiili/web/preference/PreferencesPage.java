package fi.virkaprofiili.web.preference;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.preference.boundary.Preferences;
import fi.virkaprofiili.preference.entity.UserPreference;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.LocaleSelection;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The signed-in user's own choices: whether tasks given to them are e-mailed, and in which
 * language. Until they choose, the language offered is the one they use the portal in.
 */
@Named
@ViewScoped
public class PreferencesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Preferences preferences;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;
  @Inject private Messages messages;

  private boolean taskMail;
  private String language;

  public void load() {
    var chosen = preferences.chosen(currentUser.getId());
    taskMail = chosen.map(UserPreference::isTaskMail).orElse(true);
    language = chosen.map(UserPreference::getLanguage).orElse(localeSelection.getLanguage());
  }

  public void save() {
    if (language == null || !getLanguages().contains(language)) {
      messages.error("preferences.language.required");
      return;
    }
    try {
      preferences.choose(currentUser.getId(), taskMail, language);
      messages.info("preferences.saved");
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
  }

  public List<String> getLanguages() {
    return UserPreference.LANGUAGES;
  }

  public boolean isTaskMail() {
    return taskMail;
  }

  public void setTaskMail(boolean taskMail) {
    this.taskMail = taskMail;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
