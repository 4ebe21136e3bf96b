package fi.virkaprofiili.decision.boundary;

import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.profile.entity.Profile;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A manager's decision on a proposal (R4). A rejection always says why, a return what to change; an
 * approval may say why too, and the profile's history keeps it.
 */
public class Decision {

  /** The outcomes, named as the process's {@code decision} variable names them. */
  public enum Outcome {
    APPROVE,
    REJECT,
    RETURN
  }

  @NotNull(message = "{decision.outcome.required}")
  private Outcome outcome;

  @Size(max = Profile.REASON_MAX, message = "{decision.reason.size}")
  @PlainText
  private String reason;

  public Decision() {}

  public Decision(Outcome outcome, String reason) {
    this.outcome = outcome;
    this.reason = reason;
  }

  public static Decision approve() {
    return approve(null);
  }

  /** An approval with the manager's reason, or none when blank. */
  public static Decision approve(String reason) {
    return new Decision(Outcome.APPROVE, reason);
  }

  public static Decision reject(String reason) {
    return new Decision(Outcome.REJECT, reason);
  }

  public static Decision returnForRevision(String whatToChange) {
    return new Decision(Outcome.RETURN, whatToChange);
  }

  /** A rejection says why. */
  @AssertTrue(message = "{decision.reason.required}")
  public boolean isReasonGivenForRejection() {
    return outcome != Outcome.REJECT || isReasonGiven();
  }

  /** A return says what to change; its own message says so, not the rejection's. */
  @AssertTrue(message = "{decision.return.reason.required}")
  public boolean isReasonGivenForReturn() {
    return outcome != Outcome.RETURN || isReasonGiven();
  }

  private boolean isReasonGiven() {
    return reason != null && !reason.isBlank();
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
}
