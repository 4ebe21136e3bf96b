package fi.virkaprofiili.preference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Locale;

/**
 * One person's choices. A person who never chose anything has no row and gets the defaults: task
 * e-mail on, in Finnish.
 */
@Entity
@Table(name = "USER_PREFERENCE")
public class UserPreference {

  /** The languages mail is written in; the first is the organisation's own. */
  public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  @Id
  @Column(name = "USER_ID", length = 64)
  private String userId;

  @Version
  @Column(name = "VERSION")
  private int version;

  @Column(name = "TASK_MAIL", nullable = false)
  private boolean taskMail = true;

  @Column(name = "MAIL_LANGUAGE", nullable = false, length = 8)
  private String language = LANGUAGES.get(0);

  protected UserPreference() {}

  /** The defaults, for a person who has chosen nothing yet. */
  public UserPreference(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("A preference belongs to a user");
    }
    this.userId = userId;
  }

  public void turnTaskMailOn() {
    taskMail = true;
  }

  public void turnTaskMailOff() {
    taskMail = false;
  }

  /** Mail to the person is written in this language, one of {@link #LANGUAGES}. */
  public void writeTo(String languageTag) {
    if (!LANGUAGES.contains(languageTag)) {
      throw new IllegalArgumentException("No mail is written in " + languageTag);
    }
    this.language = languageTag;
  }

  public String getUserId() {
    return userId;
  }

  public boolean isTaskMail() {
    return taskMail;
  }

  public String getLanguage() {
    return language;
  }

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }
}
