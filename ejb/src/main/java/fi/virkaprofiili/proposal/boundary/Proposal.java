package fi.virkaprofiili.proposal.boundary;

import fi.virkaprofiili.platform.validation.AfterToday;
import fi.virkaprofiili.platform.validation.NotAfterToday;
import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.platform.validation.SingleLine;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.ProfilePlan;
import fi.virkaprofiili.profile.entity.UpdateFrequency;
import fi.virkaprofiili.profile.entity.Upkeep;
import fi.virkaprofiili.profile.entity.account.AccountAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a member of staff proposes: the questions the policy asks (R1), the resourcing (R2, R3),
 * terms of use (R6), message handling (R10), a campaign's end (R11), languages and response time
 * (R14) and the official contact (R15). The constraints are checked at the form's fields and again
 * by {@link ProposalService}, so no path can store a proposal that breaks them. Those in the {@link
 * DraftRules} group hold for a draft too.
 *
 * <p>Longer than 300 lines on purpose: it is the one carrier of everything a proposal states, each
 * field with its constraints and accessors and no other logic. Splitting it by question would
 * spread one form's rules over several classes that always travel together.
 */
public class Proposal implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only web addresses a citizen can open safely. */
  public static final String HTTP_URL = "^$|^https?://[^\\s/$.?#][^\\s]*$";

  /** More than a team's worth of administrators is a mistake, and would not fit in a draft. */
  public static final int MAX_ADMINISTRATORS = 20;

  @NotNull(message = "{proposal.kind.required}")
  private ProfileKind kind = ProfileKind.ORGANISATION;

  @NotBlank(message = "{proposal.name.required}")
  @Size(
      max = Profile.NAME_MAX,
      message = "{proposal.name.size}",
      groups = {Default.class, DraftRules.class})
  @SingleLine(groups = {Default.class, DraftRules.class})
  private String name;

  @NotNull(message = "{proposal.channel.required}")
  private Channel channel;

  @NotBlank(message = "{proposal.unit.required}")
  @SingleLine(groups = {Default.class, DraftRules.class})
  private String unitCode;

  @NotBlank(message = "{proposal.purpose.required}")
  @Size(
      max = ProfilePlan.TEXT_MAX,
      message = "{proposal.text.size}",
      groups = {Default.class, DraftRules.class})
  @PlainText(groups = {Default.class, DraftRules.class})
  private String purpose;

  @NotBlank(message = "{proposal.targetAudiences.required}")
  @Size(
      max = ProfilePlan.TEXT_MAX,
      message = "{proposal.text.size}",
      groups = {Default.class, DraftRules.class})
  @PlainText(groups = {Default.class, DraftRules.class})
  private String targetAudiences;

  @NotBlank(message = "{proposal.plannedContent.required}")
  @Size(
      max = ProfilePlan.TEXT_MAX,
      message = "{proposal.text.size}",
      groups = {Default.class, DraftRules.class})
  @PlainText(groups = {Default.class, DraftRules.class})
  private String plannedContent;

  @NotBlank(message = "{proposal.promotion.required}")
  @Size(
      max = ProfilePlan.TEXT_MAX,
      message = "{proposal.text.size}",
      groups = {Default.class, DraftRules.class})
  @PlainText(groups = {Default.class, DraftRules.class})
  private String promotion;

  @NotBlank(message = "{proposal.successEvaluation.required}")
  @Size(
      max = ProfilePlan.TEXT_MAX,
      message = "{proposal.text.size}",
      groups = {Default.class, DraftRules.class})
  @PlainText(groups = {Default.class, DraftRules.class})
  private String successEvaluation;

  @Valid
  @Size(
      max = MAX_ADMINISTRATORS,
      message = "{proposal.administrators.size}",
      groups = {Default.class, DraftRules.class})
  private List<AdministratorEntry> administrators =
      new ArrayList<>(List.of(new AdministratorEntry(), new AdministratorEntry()));

  @NotNull(message = "{proposal.hoursPerWeek.required}")
  @DecimalMin(value = "0.5", message = "{proposal.hoursPerWeek.range}")
  @DecimalMax(value = "40", message = "{proposal.hoursPerWeek.range}")
  private BigDecimal hoursPerWeek;

  @NotNull(message = "{proposal.updateFrequency.required}")
  private UpdateFrequency updateFrequency;

  @NotBlank(message = "{proposal.termsOfUseUrl.required}")
  @Size(
      max = Profile.URL_MAX,
      message = "{proposal.accountUrl.size}",
      groups = {Default.class, DraftRules.class})
  @Pattern(
      regexp = HTTP_URL,
      message = "{proposal.accountUrl.pattern}",
      groups = {Default.class, DraftRules.class})
  @SingleLine(groups = {Default.class, DraftRules.class})
  private String termsOfUseUrl;

  @NotNull(message = "{proposal.termsCheckedOn.required}")
  @NotAfterToday(message = "{proposal.termsCheckedOn.past}")
  private LocalDate termsCheckedOn;

  @NotBlank(message = "{proposal.privateMessageHandling.required}")
  @Size(
      max = Upkeep.TEXT_MAX,
      message = "{proposal.text.size}",
      groups = {Default.class, DraftRules.class})
  @PlainText(groups = {Default.class, DraftRules.class})
  private String privateMessageHandling;

  @AfterToday(message = "{proposal.campaignEndsOn.future}")
  private LocalDate campaignEndsOn;

  @NotEmpty(message = "{proposal.languages.required}")
  private Set<ProfileLanguage> languages = EnumSet.of(ProfileLanguage.FI);

  @NotBlank(message = "{proposal.responseTimePromise.required}")
  @Size(
      max = Upkeep.TEXT_MAX,
      message = "{proposal.text.size}",
      groups = {Default.class, DraftRules.class})
  @PlainText(groups = {Default.class, DraftRules.class})
  private String responseTimePromise;

  @NotBlank(message = "{proposal.officialContact.required}")
  @Size(
      max = Upkeep.TEXT_MAX,
      message = "{proposal.text.size}",
      groups = {Default.class, DraftRules.class})
  @PlainText(groups = {Default.class, DraftRules.class})
  private String officialContact;

  @Size(
      max = Profile.URL_MAX,
      message = "{proposal.accountUrl.size}",
      groups = {Default.class, DraftRules.class})
  @Pattern(
      regexp = HTTP_URL,
      message = "{proposal.accountUrl.pattern}",
      groups = {Default.class, DraftRules.class})
  @SingleLine(groups = {Default.class, DraftRules.class})
  private String accountUrl;

  @Size(
      max = 64,
      message = "{proposal.expertUserId.size}",
      groups = {Default.class, DraftRules.class})
  @SingleLine(groups = {Default.class, DraftRules.class})
  private String expertUserId;

  /** R3: an organisation or campaign profile has at least two named administrators. */
  @AssertTrue(message = "{proposal.administrators.tooFew}")
  public boolean isEnoughAdministrators() {
    return kind == null || completeAdministrators().size() >= kind.minimumAdministrators();
  }

  @AssertTrue(message = "{proposal.administrators.incomplete}")
  public boolean isEveryAdministratorNamedWithJobTitle() {
    return AdministratorEntry.allCompleteOrEmpty(administrators);
  }

  /** R11: a campaign profile states when its active period ends. */
  @AssertTrue(message = "{proposal.campaignEndsOn.required}")
  public boolean isCampaignEndGiven() {
    return kind == null || !kind.hasPlannedEnd() || campaignEndsOn != null;
  }

  /**
   * The account named is one on the service chosen: the wizard refuses an Instagram address for a
   * Facebook profile at its first step, as the profile itself would (see {@link
   * AccountAddress#onService}). An address that is no http(s) address at all is left to its field's
   * own rule, so that it is told once.
   */
  @AssertTrue(message = "{proposal.accountUrl.otherService}")
  public boolean isAccountOnService() {
    return accountUrl == null
        || accountUrl.isBlank()
        || channel == null
        || !accountUrl.strip().matches(HTTP_URL)
        || AccountAddress.isOnService(accountUrl.strip(), channel);
  }

  /** R5: an expert profile names the employee whose consent it needs. */
  @AssertTrue(message = "{proposal.expertUserId.required}")
  public boolean isExpertNamed() {
    return kind != ProfileKind.EXPERT || (expertUserId != null && !expertUserId.isBlank());
  }

  /** Adds an empty administrator row to the form, up to the most a proposal names. */
  public void addAdministrator() {
    if (administrators.size() < MAX_ADMINISTRATORS) {
      administrators.add(new AdministratorEntry());
    }
  }

  /** The form filled in with what a profile states now, for its proposer to revise. */
  public static Proposal of(Profile profile) {
    Proposal proposal = new Proposal();
    proposal.kind = profile.getKind();
    proposal.name = profile.getName();
    proposal.channel = profile.getChannel();
    proposal.unitCode = profile.getUnit().getCode();
    proposal.purpose = profile.getPlan().getPurpose();
    proposal.targetAudiences = profile.getPlan().getTargetAudiences();
    proposal.plannedContent = profile.getPlan().getPlannedContent();
    proposal.promotion = profile.getPlan().getPromotion();
    proposal.successEvaluation = profile.getPlan().getSuccessEvaluation();
    proposal.administrators = AdministratorEntry.of(profile.getAdministrators());
    proposal.hoursPerWeek = profile.getUpkeep().getHoursPerWeek();
    proposal.updateFrequency = profile.getUpkeep().getUpdateFrequency();
    proposal.termsOfUseUrl = profile.getUpkeep().getTermsOfUseUrl();
    proposal.termsCheckedOn = profile.getUpkeep().getTermsCheckedOn();
    proposal.privateMessageHandling = profile.getUpkeep().getPrivateMessageHandling();
    proposal.campaignEndsOn = profile.getCampaignEndsOn();
    proposal.languages =
        profile.getLanguages().isEmpty()
            ? EnumSet.noneOf(ProfileLanguage.class)
            : EnumSet.copyOf(profile.getLanguages());
    proposal.responseTimePromise = profile.getUpkeep().getResponseTimePromise();
    proposal.officialContact = profile.getUpkeep().getOfficialContact();
    proposal.accountUrl = profile.getAccountUrl();
    proposal.expertUserId = profile.getExpertId();
    return proposal;
  }

  /** What the profile states, for the profile to check again and keep. */
  public Profile.Proposed toProposed() {
    return new Profile.Proposed(
        name,
        kind,
        channel,
        new ProfilePlan(purpose, targetAudiences, plannedContent, promotion, successEvaluation),
        new Upkeep(
            hoursPerWeek,
            updateFrequency,
            privateMessageHandling,
            responseTimePromise,
            officialContact,
            termsOfUseUrl,
            termsCheckedOn),
        AdministratorEntry.toAdministrators(administrators),
        languages,
        kind.hasPlannedEnd() ? campaignEndsOn : null,
        accountUrl,
        expertUserId);
  }

  private List<AdministratorEntry> completeAdministrators() {
    return administrators.stream().filter(AdministratorEntry::isComplete).toList();
  }

  public ProfileKind getKind() {
    return kind;
  }

  public void setKind(ProfileKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getTargetAudiences() {
    return targetAudiences;
  }

  public void setTargetAudiences(String targetAudiences) {
    this.targetAudiences = targetAudiences;
  }

  public String getPlannedContent() {
    return plannedContent;
  }

  public void setPlannedContent(String plannedContent) {
    this.plannedContent = plannedContent;
  }

  public String getPromotion() {
    return promotion;
  }

  public void setPromotion(String promotion) {
    this.promotion = promotion;
  }

  public String getSuccessEvaluation() {
    return successEvaluation;
  }

  public void setSuccessEvaluation(String successEvaluation) {
    this.successEvaluation = successEvaluation;
  }

  public List<AdministratorEntry> getAdministrators() {
    return administrators;
  }

  public void setAdministrators(List<AdministratorEntry> administrators) {
    this.administrators = administrators;
  }

  public BigDecimal getHoursPerWeek() {
    return hoursPerWeek;
  }

  public void setHoursPerWeek(BigDecimal hoursPerWeek) {
    this.hoursPerWeek = hoursPerWeek;
  }

  public UpdateFrequency getUpdateFrequency() {
    return updateFrequency;
  }

  public void setUpdateFrequency(UpdateFrequency updateFrequency) {
    this.updateFrequency = updateFrequency;
  }

  public String getTermsOfUseUrl() {
    return termsOfUseUrl;
  }

  public void setTermsOfUseUrl(String termsOfUseUrl) {
    this.termsOfUseUrl = termsOfUseUrl;
  }

  public LocalDate getTermsCheckedOn() {
    return termsCheckedOn;
  }

  public void setTermsCheckedOn(LocalDate termsCheckedOn) {
    this.termsCheckedOn = termsCheckedOn;
  }

  public String getPrivateMessageHandling() {
    return privateMessageHandling;
  }

  public void setPrivateMessageHandling(String privateMessageHandling) {
    this.privateMessageHandling = privateMessageHandling;
  }

  public LocalDate getCampaignEndsOn() {
    return campaignEndsOn;
  }

  public void setCampaignEndsOn(LocalDate campaignEndsOn) {
    this.campaignEndsOn = campaignEndsOn;
  }

  public Set<ProfileLanguage> getLanguages() {
    return languages;
  }

  public void setLanguages(Set<ProfileLanguage> languages) {
    this.languages = languages;
  }

  public String getResponseTimePromise() {
    return responseTimePromise;
  }

  public void setResponseTimePromise(String responseTimePromise) {
    this.responseTimePromise = responseTimePromise;
  }

  public String getOfficialContact() {
    return officialContact;
  }

  public void setOfficialContact(String officialContact) {
    this.officialContact = officialContact;
  }

  public String getExpertUserId() {
    return expertUserId;
  }

  public void setExpertUserId(String expertUserId) {
    this.expertUserId = expertUserId;
  }

  public String getAccountUrl() {
    return accountUrl;
  }

  public void setAccountUrl(String accountUrl) {
    this.accountUrl = accountUrl;
  }
}
