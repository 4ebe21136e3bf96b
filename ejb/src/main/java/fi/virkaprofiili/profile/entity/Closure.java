package fi.virkaprofiili.profile.entity;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.profile.entity.account.PublicAddresses;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The manager's decision to close a profile: why, on which date, and where its users go instead
 * (R12). Announced in the registry and on the channel before the date.
 */
@Embeddable
public class Closure {

  @Column(name = "CLOSURE_REASON", length = Profile.REASON_MAX)
  private String reason;

  @Column(name = "CLOSING_ON")
  private LocalDate closingOn;

  @Column(name = "REDIRECT_URL", length = Profile.URL_MAX)
  private String redirectUrl;

  @Column(name = "CLOSURE_DECIDED_BY")
  private String decidedBy;

  @Column(name = "CLOSURE_DECIDED_AT")
  private Instant decidedAt;

  protected Closure() {}

  public Closure(
      String reason, LocalDate closingOn, String redirectUrl, String decidedBy, Instant decidedAt) {
    this.reason = Texts.required(reason, "reason");
    this.closingOn = Objects.requireNonNull(closingOn, "closingOn");
    this.redirectUrl = Texts.required(redirectUrl, "redirectUrl");
    if (!PublicAddresses.isPublicHttps(this.redirectUrl)) {
      // The registry shows it to everyone as "follow us at ...": never an inside or disguised host.
      throw new InvalidRequestException(
          "closure.redirectUrl.public",
          "A redirection is an https address on a public host: " + this.redirectUrl);
    }
    this.decidedBy = Texts.required(decidedBy, "decidedBy");
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
  }

  /** A person who left no longer appears as who decided or in the reason. */
  boolean pseudonymise(FormerPerson person, String pseudonym) {
    boolean named = false;
    if (person.actedAs(decidedBy)) {
      decidedBy = pseudonym;
      named = true;
    }
    if (person.isNamedIn(reason)) {
      reason = person.replaceIn(reason, pseudonym);
      named = true;
    }
    return named;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getClosingOn() {
    return closingOn;
  }

  public String getRedirectUrl() {
    return redirectUrl;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
