package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.UpdateFrequency;
import fi.virkaprofiili.proposal.boundary.AdministratorEntry;
import fi.virkaprofiili.proposal.boundary.Proposal;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the proposal wizard's fields bind to, for a new proposal and a revision alike. It is the
 * page's state, not the boundary's contract: the boundary gets a {@link Proposal} made from it when
 * the user moves, saves or submits, and the rules are the proposal's own (checked on that copy, so
 * the form and the boundary cannot disagree on them). Its properties are named as the proposal's,
 * which is how a broken rule finds its field.
 */
public class ProposalForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private ProfileKind kind = ProfileKind.ORGANISATION;
  private String name;
  private Channel channel;
  private String unitCode;
  private String purpose;
  private String targetAudiences;
  private String plannedContent;
  private String promotion;
  private String successEvaluation;
  private List<AdministratorEntry> administrators =
      new ArrayList<>(List.of(new AdministratorEntry(), new AdministratorEntry()));
  private BigDecimal hoursPerWeek;
  private UpdateFrequency updateFrequency;
  private String termsOfUseUrl;
  private LocalDate termsCheckedOn;
  private String privateMessageHandling;
  private LocalDate campaignEndsOn;
  private Set<ProfileLanguage> languages = EnumSet.of(ProfileLanguage.FI);
  private String responseTimePromise;
  private String officialContact;
  private String accountUrl;
  private String expertUserId;

  /** The form filled in with what a proposal says: a draft, or a profile being revised. */
  public static ProposalForm of(Proposal proposal) {
    ProposalForm form = new ProposalForm();
    form.kind = proposal.getKind();
    form.name = proposal.getName();
    form.channel = proposal.getChannel();
    form.unitCode = proposal.getUnitCode();
    form.purpose = proposal.getPurpose();
    form.targetAudiences = proposal.getTargetAudiences();
    form.plannedContent = proposal.getPlannedContent();
    form.promotion = proposal.getPromotion();
    form.successEvaluation = proposal.getSuccessEvaluation();
    form.administrators = copy(proposal.getAdministrators());
    form.hoursPerWeek = proposal.getHoursPerWeek();
    form.updateFrequency = proposal.getUpdateFrequency();
    form.termsOfUseUrl = proposal.getTermsOfUseUrl();
    form.termsCheckedOn = proposal.getTermsCheckedOn();
    form.privateMessageHandling = proposal.getPrivateMessageHandling();
    form.campaignEndsOn = proposal.getCampaignEndsOn();
    form.languages = copy(proposal.getLanguages());
    form.responseTimePromise = proposal.getResponseTimePromise();
    form.officialContact = proposal.getOfficialContact();
    form.accountUrl = proposal.getAccountUrl();
    form.expertUserId = proposal.getExpertUserId();
    return form;
  }

  /** What the form says, as the boundary takes it; later typing does not change it. */
  public Proposal toProposal() {
    Proposal proposal = new Proposal();
    proposal.setKind(kind);
    proposal.setName(name);
    proposal.setChannel(channel);
    proposal.setUnitCode(unitCode);
    proposal.setPurpose(purpose);
    proposal.setTargetAudiences(targetAudiences);
    proposal.setPlannedContent(plannedContent);
    proposal.setPromotion(promotion);
    proposal.setSuccessEvaluation(successEvaluation);
    proposal.setAdministrators(copy(administrators));
    proposal.setHoursPerWeek(hoursPerWeek);
    proposal.setUpdateFrequency(updateFrequency);
    proposal.setTermsOfUseUrl(termsOfUseUrl);
    proposal.setTermsCheckedOn(termsCheckedOn);
    proposal.setPrivateMessageHandling(privateMessageHandling);
    proposal.setCampaignEndsOn(campaignEndsOn);
    proposal.setLanguages(copy(languages));
    proposal.setResponseTimePromise(responseTimePromise);
    proposal.setOfficialContact(officialContact);
    proposal.setAccountUrl(accountUrl);
    proposal.setExpertUserId(expertUserId);
    return proposal;
  }

  /** Adds an empty administrator row, up to the most a proposal names. */
  public void addAdministrator() {
    if (administrators.size() < Proposal.MAX_ADMINISTRATORS) {
      administrators.add(new AdministratorEntry());
    }
  }

  private static List<AdministratorEntry> copy(List<AdministratorEntry> entries) {
    List<AdministratorEntry> copies = new ArrayList<>();
    if (entries != null) {
      for (AdministratorEntry entry : entries) {
        AdministratorEntry copy = new AdministratorEntry(entry.getName(), entry.getJobTitle());
        copy.setEmail(entry.getEmail());
        copies.add(copy);
      }
    }
    return copies;
  }

  private static Set<ProfileLanguage> copy(Set<ProfileLanguage> languages) {
    return languages == null || languages.isEmpty()
        ? EnumSet.noneOf(ProfileLanguage.class)
        : EnumSet.copyOf(languages);
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

  public String getAccountUrl() {
    return accountUrl;
  }

  public void setAccountUrl(String accountUrl) {
    this.accountUrl = accountUrl;
  }

  public String getExpertUserId() {
    return expertUserId;
  }

  public void setExpertUserId(String expertUserId) {
    this.expertUserId = expertUserId;
  }
}
