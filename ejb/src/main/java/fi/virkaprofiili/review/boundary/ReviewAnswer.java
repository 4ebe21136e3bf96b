package fi.virkaprofiili.review.boundary;

import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.AdministratorEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers to a periodic review (R6, R10, R13) and what happens next. A profile that is not kept
 * up, or whose administrators are no longer right, does not simply continue.
 */
public class ReviewAnswer implements Serializable {

  private static final long serialVersionUID = 1L;

  public enum Outcome {
    CONTINUE,
    CHANGE_ADMINISTRATORS,
    PROPOSE_CLOSURE
  }

  @NotNull(message = "{review.updatedRegularly.required}")
  private Boolean updatedRegularly;

  @NotNull(message = "{review.questionsAnswered.required}")
  private Boolean questionsAnswered;

  @NotNull(message = "{review.administratorsRight.required}")
  private Boolean administratorsRight;

  @NotNull(message = "{review.termsChanged.required}")
  private Boolean termsOfUseChanged;

  @Size(max = Profile.REASON_MAX, message = "{proposal.text.size}")
  @PlainText
  private String notes;

  @NotNull(message = "{review.outcome.required}")
  private Outcome outcome;

  @Valid private List<AdministratorEntry> administrators = new ArrayList<>();

  /** Continuing needs a profile that is kept up and whose administrators are right. */
  @AssertTrue(message = "{review.cannotContinue}")
  public boolean isContinuingOnlyWhenKeptUp() {
    return outcome != Outcome.CONTINUE
        || (Boolean.TRUE.equals(updatedRegularly)
            && Boolean.TRUE.equals(questionsAnswered)
            && Boolean.TRUE.equals(administratorsRight));
  }

  /** Changed terms of use are noted: what changed, and whether the profile can stay (R6). */
  @AssertTrue(message = "{review.termsChanged.notes}")
  public boolean isTermsChangeDescribed() {
    return !Boolean.TRUE.equals(termsOfUseChanged) || (notes != null && !notes.isBlank());
  }

  @AssertTrue(message = "{review.administrators.incomplete}")
  public boolean isEveryNewAdministratorNamedWithJobTitle() {
    return outcome != Outcome.CHANGE_ADMINISTRATORS
        || AdministratorEntry.allCompleteOrEmpty(administrators);
  }

  /**
   * The answer with only what its outcome uses: the administrators matter only when they change.
   * What the form still holds in those fields for another outcome is neither checked nor passed on.
   */
  public ReviewAnswer onlyWhatApplies() {
    ReviewAnswer applies = new ReviewAnswer();
    applies.updatedRegularly = updatedRegularly;
    applies.questionsAnswered = questionsAnswered;
    applies.administratorsRight = administratorsRight;
    applies.termsOfUseChanged = termsOfUseChanged;
    applies.notes = notes;
    applies.outcome = outcome;
    applies.administrators =
        outcome == Outcome.CHANGE_ADMINISTRATORS
            ? new ArrayList<>(administrators)
            : new ArrayList<>();
    return applies;
  }

  /** The findings as one line of the profile's history. */
  public String findings() {
    return "outcome="
        + outcome
        + ", updatedRegularly="
        + updatedRegularly
        + ", questionsAnswered="
        + questionsAnswered
        + ", administratorsRight="
        + administratorsRight
        + ", termsOfUseChanged="
        + termsOfUseChanged
        + (notes == null || notes.isBlank() ? "" : ": " + notes.strip());
  }

  public Boolean getUpdatedRegularly() {
    return updatedRegularly;
  }

  public void setUpdatedRegularly(Boolean updatedRegularly) {
    this.updatedRegularly = updatedRegularly;
  }

  public Boolean getQuestionsAnswered() {
    return questionsAnswered;
  }

  public void setQuestionsAnswered(Boolean questionsAnswered) {
    this.questionsAnswered = questionsAnswered;
  }

  public Boolean getAdministratorsRight() {
    return administratorsRight;
  }

  public void setAdministratorsRight(Boolean administratorsRight) {
    this.administratorsRight = administratorsRight;
  }

  public Boolean getTermsOfUseChanged() {
    return termsOfUseChanged;
  }

  public void setTermsOfUseChanged(Boolean termsOfUseChanged) {
    this.termsOfUseChanged = termsOfUseChanged;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public List<AdministratorEntry> getAdministrators() {
    return administrators;
  }

  public void setAdministrators(List<AdministratorEntry> administrators) {
    this.administrators = administrators;
  }
}
