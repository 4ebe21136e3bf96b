package fi.virkaprofiili.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.UpdateFrequency;
import fi.virkaprofiili.proposal.boundary.AdministratorEntry;
import fi.virkaprofiili.proposal.boundary.Proposal;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The wizard's form says what the proposal says, and what it sends does not move as they type. */
class ProposalFormTest {

  @Test
  void aProposalComesBackFromTheFormAsItWent() {
    Proposal proposal = everythingSaid();

    Proposal back = ProposalForm.of(proposal).toProposal();

    assertThat(back).usingRecursiveComparison().isEqualTo(proposal);
  }

  /** A property the form lacks would be dropped from every draft and every submission. */
  @Test
  void theFormHasEveryPropertyAProposalIsWrittenIn() throws IntrospectionException {
    assertThat(writable(ProposalForm.class)).containsAll(writable(Proposal.class));
  }

  @Test
  void whatWasSentDoesNotChangeAsTheUserTypesOn() {
    ProposalForm form = ProposalForm.of(everythingSaid());
    Proposal sent = form.toProposal();

    form.setName("Typed after");
    form.getAdministrators().get(0).setName("Typed after");
    form.getLanguages().clear();
    form.addAdministrator();

    assertThat(sent.getName()).isEqualTo("Kirjaston nuoret");
    assertThat(sent.getAdministrators()).hasSize(2);
    assertThat(sent.getAdministrators().get(0).getName()).isEqualTo("Sanna");
    assertThat(sent.getLanguages()).containsExactly(ProfileLanguage.FI, ProfileLanguage.SV);
  }

  @Test
  void aNewFormStartsAsANewProposalDoes() {
    assertThat(new ProposalForm().toProposal())
        .usingRecursiveComparison()
        .isEqualTo(new Proposal());
  }

  @Test
  void theFormNamesAtMostAsManyAdministratorsAsAProposal() {
    ProposalForm form = new ProposalForm();
    for (int i = 0; i < 30; i++) {
      form.addAdministrator();
    }

    assertThat(form.getAdministrators()).hasSize(Proposal.MAX_ADMINISTRATORS);
  }

  private static Set<String> writable(Class<?> type) throws IntrospectionException {
    return Arrays.stream(Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors())
        .filter(property -> property.getWriteMethod() != null)
        .map(PropertyDescriptor::getName)
        .collect(Collectors.toSet());
  }

  private static Proposal everythingSaid() {
    Proposal proposal = new Proposal();
    proposal.setKind(ProfileKind.CAMPAIGN);
    proposal.setName("Kirjaston nuoret");
    proposal.setChannel(Channel.INSTAGRAM);
    proposal.setUnitCode("culture");
    proposal.setPurpose("Purpose");
    proposal.setTargetAudiences("Young people");
    proposal.setPlannedContent("Events");
    proposal.setPromotion("Posters");
    proposal.setSuccessEvaluation("Followers");
    List<AdministratorEntry> administrators = new ArrayList<>();
    administrators.add(new AdministratorEntry("Sanna", "Kirjastonhoitaja"));
    administrators.add(new AdministratorEntry("Tiina", "Tiedottaja"));
    administrators.get(1).setEmail("tiina@example.org");
    proposal.setAdministrators(administrators);
    proposal.setHoursPerWeek(new BigDecimal("2.5"));
    proposal.setUpdateFrequency(UpdateFrequency.values()[0]);
    proposal.setTermsOfUseUrl("https://help.instagram.com/terms");
    proposal.setTermsCheckedOn(LocalDate.of(2026, 11, 1));
    proposal.setPrivateMessageHandling("Answered on weekdays");
    proposal.setCampaignEndsOn(LocalDate.of(2027, 6, 30));
    proposal.setLanguages(EnumSet.of(ProfileLanguage.FI, ProfileLanguage.SV));
    proposal.setResponseTimePromise("Two working days");
    proposal.setOfficialContact("kirjaamo@example.org");
    proposal.setAccountUrl("https://www.instagram.com/nuoret/");
    proposal.setExpertUserId("ilkka");
    return proposal;
  }
}
