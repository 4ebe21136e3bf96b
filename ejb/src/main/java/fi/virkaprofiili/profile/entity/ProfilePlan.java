package fi.virkaprofiili.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the profile is for and how its success is judged: the five questions of a proposal (R1). */
@Embeddable
public class ProfilePlan {

  public static final int TEXT_MAX = 2000;

  @Column(name = "PURPOSE", nullable = false, length = TEXT_MAX)
  private String purpose;

  @Column(name = "TARGET_AUDIENCES", length = TEXT_MAX)
  private String targetAudiences;

  @Column(name = "PLANNED_CONTENT", length = TEXT_MAX)
  private String plannedContent;

  @Column(name = "PROMOTION", length = TEXT_MAX)
  private String promotion;

  @Column(name = "SUCCESS_EVALUATION", length = TEXT_MAX)
  private String successEvaluation;

  protected ProfilePlan() {}

  public ProfilePlan(
      String purpose,
      String targetAudiences,
      String plannedContent,
      String promotion,
      String successEvaluation) {
    this.purpose = Texts.required(purpose, "purpose");
    this.targetAudiences = Texts.required(targetAudiences, "targetAudiences");
    this.plannedContent = Texts.required(plannedContent, "plannedContent");
    this.promotion = Texts.required(promotion, "promotion");
    this.successEvaluation = Texts.required(successEvaluation, "successEvaluation");
  }

  /**
   * True when every question is answered; profiles imported before R1 was enforced may lack some.
   */
  public boolean isComplete() {
    return Texts.present(purpose)
        && Texts.present(targetAudiences)
        && Texts.present(plannedContent)
        && Texts.present(promotion)
        && Texts.present(successEvaluation);
  }

  public String getPurpose() {
    return purpose;
  }

  public String getTargetAudiences() {
    return targetAudiences;
  }

  public String getPlannedContent() {
    return plannedContent;
  }

  public String getPromotion() {
    return promotion;
  }

  public String getSuccessEvaluation() {
    return successEvaluation;
  }
}
