package fi.virkaprofiili.decision.boundary;

import fi.virkaprofiili.profile.entity.Profile;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manager's decision on a proposal (R4). A rejection always says why. */
public class Decision {

  public enum Outcome {
    APPROVE,
    REJECT
  }

  @NotNull(message = "{decision.outcome.required}")
  private Outcome outcome;

  @Size(max = Profile.REASON_MAX, message = "{decision.reason.size}")
  private String reason;

  public Decision() {}

  public Decision(Outcome outcome, String reason) {
    this.outcome = outcome;
    this.reason = reason;
  }

  public static Decision approve() {
    return new Decision(Outcome.APPROVE, null);
  }

  public static Decision reject(String reason) {
    return new Decision(Outcome.REJECT, reason);
  }

  @AssertTrue(message = "{decision.reason.required}")
  public boolean isReasonGivenForRejection() {
    return outcome != Outcome.REJECT || (reason != null && !reason.isBlank());
  }

  public boolean isApproval() {
    return outcome == Outcome.APPROVE;
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
