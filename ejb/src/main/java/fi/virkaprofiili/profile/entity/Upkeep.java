package fi.virkaprofiili.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How the profile is kept up: working time set aside and update frequency (R2), how private
 * messages are handled (R10), the response-time promise (R14), the official contact channel that
 * the listing names (R15), and the service's terms of use as checked (R6).
 */
@Embeddable
public class Upkeep {

  public static final int TEXT_MAX = 1000;
  public static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(40);

  @Column(name = "HOURS_PER_WEEK", precision = 4, scale = 1)
  private BigDecimal hoursPerWeek;

  @Enumerated(EnumType.STRING)
  @Column(name = "UPDATE_FREQUENCY")
  private UpdateFrequency updateFrequency;

  @Column(name = "MESSAGE_HANDLING", length = TEXT_MAX)
  private String privateMessageHandling;

  @Column(name = "RESPONSE_TIME_PROMISE", length = TEXT_MAX)
  private String responseTimePromise;

  @Column(name = "OFFICIAL_CONTACT", length = TEXT_MAX)
  private String officialContact;

  @Column(name = "TERMS_URL", length = 500)
  private String termsOfUseUrl;

  @Column(name = "TERMS_CHECKED_ON")
  private LocalDate termsCheckedOn;

  protected Upkeep() {}

  public Upkeep(
      BigDecimal hoursPerWeek,
      UpdateFrequency updateFrequency,
      String privateMessageHandling,
      String responseTimePromise,
      String officialContact,
      String termsOfUseUrl,
      LocalDate termsCheckedOn) {
    if (hoursPerWeek == null
        || hoursPerWeek.signum() <= 0
        || hoursPerWeek.compareTo(MAX_HOURS_PER_WEEK) > 0) {
      throw new IllegalArgumentException(
          "No working time, no profile: hours per week must be above 0 and at most 40");
    }
    if (updateFrequency == null || termsCheckedOn == null) {
      throw new IllegalArgumentException("updateFrequency and termsCheckedOn are required");
    }
    this.hoursPerWeek = hoursPerWeek;
    this.updateFrequency = updateFrequency;
    this.privateMessageHandling = Texts.required(privateMessageHandling, "privateMessageHandling");
    this.responseTimePromise = Texts.required(responseTimePromise, "responseTimePromise");
    this.officialContact = Texts.required(officialContact, "officialContact");
    this.termsOfUseUrl = Texts.required(termsOfUseUrl, "termsOfUseUrl");
    this.termsCheckedOn = termsCheckedOn;
  }

  public boolean isComplete() {
    return hoursPerWeek != null
        && hoursPerWeek.signum() > 0
        && updateFrequency != null
        && Texts.present(privateMessageHandling)
        && Texts.present(responseTimePromise)
        && Texts.present(officialContact)
        && Texts.present(termsOfUseUrl)
        && termsCheckedOn != null;
  }

  public BigDecimal getHoursPerWeek() {
    return hoursPerWeek;
  }

  public UpdateFrequency getUpdateFrequency() {
    return updateFrequency;
  }

  public String getPrivateMessageHandling() {
    return privateMessageHandling;
  }

  public String getResponseTimePromise() {
    return responseTimePromise;
  }

  /** A person who left is no longer the named contact or in how messages are handled. */
  boolean pseudonymise(FormerPerson person, String pseudonym) {
    boolean named = person.isNamedIn(officialContact) || person.isNamedIn(privateMessageHandling);
    officialContact = person.replaceIn(officialContact, pseudonym);
    privateMessageHandling = person.replaceIn(privateMessageHandling, pseudonym);
    return named;
  }

  public String getOfficialContact() {
    return officialContact;
  }

  public String getTermsOfUseUrl() {
    return termsOfUseUrl;
  }

  public LocalDate getTermsCheckedOn() {
    return termsCheckedOn;
  }
}
