package fi.virkaprofiili.closure.boundary;

import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.platform.validation.SingleLine;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.Proposal;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The manager's closure decision: close with reason, date and redirection (R12), or keep. */
public class ClosureDecision implements Serializable {

  private static final long serialVersionUID = 1L;

  public enum Outcome {
    CLOSE,
    KEEP
  }

  @NotNull(message = "{closure.outcome.required}")
  private Outcome outcome;

  @Size(max = Profile.REASON_MAX, message = "{closure.reason.size}")
  @PlainText
  private String reason;

  private LocalDate closingOn;

  @Size(max = Profile.URL_MAX, message = "{proposal.accountUrl.size}")
  @Pattern(regexp = Proposal.HTTP_URL, message = "{proposal.accountUrl.pattern}")
  @SingleLine
  private String redirectUrl;

  /** For a kept campaign: the new end of its active period (R11). */
  private LocalDate newCampaignEnd;

  public static ClosureDecision close(String reason, LocalDate closingOn, String redirectUrl) {
    ClosureDecision decision = new ClosureDecision();
    decision.outcome = Outcome.CLOSE;
    decision.reason = reason;
    decision.closingOn = closingOn;
    decision.redirectUrl = redirectUrl;
    return decision;
  }

  public static ClosureDecision keep(String reason, LocalDate newCampaignEnd) {
    ClosureDecision decision = new ClosureDecision();
    decision.outcome = Outcome.KEEP;
    decision.reason = reason;
    decision.newCampaignEnd = newCampaignEnd;
    return decision;
  }

  /**
   * The decision with only the fields its outcome uses: keeping has no closing date or redirection,
   * closing no new campaign end. What a form still holds in a field that does not apply to the
   * answer chosen is neither checked nor passed on.
   */
  public ClosureDecision onlyWhatApplies() {
    ClosureDecision applies =
        outcome == Outcome.KEEP
            ? keep(reason, newCampaignEnd)
            : close(reason, closingOn, redirectUrl);
    applies.outcome = outcome;
    return applies;
  }

  @AssertTrue(message = "{closure.reason.required}")
  public boolean isReasonGivenForClosing() {
    return outcome != Outcome.CLOSE || (reason != null && !reason.isBlank());
  }

  @AssertTrue(message = "{closure.closingOn.required}")
  public boolean isClosingDateGiven() {
    return outcome != Outcome.CLOSE || closingOn != null;
  }

  @AssertTrue(message = "{closure.redirectUrl.required}")
  public boolean isRedirectionGiven() {
    return outcome != Outcome.CLOSE || (redirectUrl != null && !redirectUrl.isBlank());
  }

  public boolean isClosing() {
    return outcome == Outcome.CLOSE;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getClosingOn() {
    return closingOn;
  }

  public void setClosingOn(LocalDate closingOn) {
    this.closingOn = closingOn;
  }

  public String getRedirectUrl() {
    return redirectUrl;
  }

  public void setRedirectUrl(String redirectUrl) {
    this.redirectUrl = redirectUrl;
  }

  public LocalDate getNewCampaignEnd() {
    return newCampaignEnd;
  }

  public void setNewCampaignEnd(LocalDate newCampaignEnd) {
    this.newCampaignEnd = newCampaignEnd;
  }
}
