package fi.virkaprofiili.proposal.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.UpdateFrequency;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProposalValidationTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void completeProposalIsValid() {
    assertThat(validator.validate(complete())).isEmpty();
  }

  @Test
  void emptyProposalSaysWhatIsMissing() {
    Locale.setDefault(Locale.ENGLISH);
    Set<String> messages = messages(new Proposal());

    assertThat(messages)
        .contains(
            "Give the profile a name.",
            "Choose the service the profile will be on.",
            "Choose the unit that owns the profile.",
            "Say what the profile is for.",
            "Name at least two administrators, each with a job title.");
  }

  @Test
  void overlongNameIsRefusedWithTheLimit() {
    Locale.setDefault(Locale.ENGLISH);
    Proposal proposal = complete();
    proposal.setName("n".repeat(121));

    assertThat(messages(proposal)).containsExactly("The name can be at most 120 characters.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "ftp://example.org/x",
        "www.instagram.com/x",
        "https://",
        "https://exa mple.org"
      })
  void onlyHttpAddressesAreAccepted(String address) {
    Proposal proposal = complete();
    proposal.setAccountUrl(address);

    assertThat(validator.validate(proposal)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
    "INSTAGRAM, https://www.instagram.com/kirjasto/",
    "OTHER, http://example.org",
    "MASTODON, https://mastodon.social/@kirjasto"
  })
  void httpAddressesOfAnAccountOnTheServiceAreAccepted(Channel channel, String address) {
    Proposal proposal = complete();
    proposal.setChannel(channel);
    proposal.setAccountUrl(address);

    assertThat(validator.validate(proposal)).isEmpty();
  }

  /** Issue 13, defect 2: the wizard took an Instagram address for a Facebook profile. */
  @ParameterizedTest
  @CsvSource({
    "FACEBOOK, https://www.instagram.com/wrongchannel",
    "INSTAGRAM, https://www.facebook.com/kaupunkitiedottaa.demo",
    "INSTAGRAM, https://evil.example/login?next=official",
    "OTHER, https://www.instagram.com/kirjasto",
    "INSTAGRAM, https://help.instagram.com/581066165581870"
  })
  void anAddressThatIsNoAccountOnTheServiceChosenIsRefusedAtTheAddress(
      Channel channel, String address) {
    Locale.setDefault(Locale.ENGLISH);
    Proposal proposal = complete();
    proposal.setChannel(channel);
    proposal.setAccountUrl(address);

    Set<ConstraintViolation<Proposal>> violations = validator.validate(proposal);

    assertThat(violations)
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.getPropertyPath()).hasToString("accountOnService");
              assertThat(violation.getMessage())
                  .startsWith(
                      "This is not the address of an account on the service chosen for the"
                          + " profile.");
            });
  }

  @Test
  void anAddressThatIsNoWebAddressIsToldOnceNotAlsoAsAnotherService() {
    Locale.setDefault(Locale.ENGLISH);
    Proposal proposal = complete();
    proposal.setChannel(Channel.FACEBOOK);
    proposal.setAccountUrl("javascript:alert(1)");

    assertThat(messages(proposal))
        .containsExactly("The address must start with http:// or https://.");
  }

  @Test
  void anOrganisationProfileNeedsTwoAdministrators() {
    Locale.setDefault(Locale.ENGLISH);
    Proposal proposal = complete();
    proposal.getAdministrators().get(1).setName(null);
    proposal.getAdministrators().get(1).setJobTitle(null);

    assertThat(messages(proposal))
        .containsExactly("Name at least two administrators, each with a job title.");
  }

  @Test
  void anAdministratorWithoutJobTitleIsPointedOut() {
    Locale.setDefault(Locale.ENGLISH);
    Proposal proposal = complete();
    proposal.addAdministrator();
    proposal.getAdministrators().get(2).setName("Ilkka");

    assertThat(messages(proposal))
        .containsExactly("Give each administrator both a name and a job title.");
  }

  @Test
  void aCampaignStatesWhenItEnds() {
    Locale.setDefault(Locale.ENGLISH);
    Proposal proposal = complete();
    proposal.setKind(ProfileKind.CAMPAIGN);

    assertThat(messages(proposal)).containsExactly("Give the date the campaign ends.");

    proposal.setCampaignEndsOn(new OrganisationTime().today().minusDays(1));
    assertThat(messages(proposal)).containsExactly("The campaign must end in the future.");
  }

  @Test
  void anExpertProfileNamesItsEmployee() {
    Locale.setDefault(Locale.ENGLISH);
    Proposal proposal = complete();
    proposal.setKind(ProfileKind.EXPERT);

    assertThat(messages(proposal))
        .containsExactly("Name the employee (user name) whose expert profile this is.");
    proposal.setExpertUserId("ilkka");
    assertThat(messages(proposal)).isEmpty();
  }

  @Test
  void noWorkingTimeNoProfile() {
    Proposal proposal = complete();
    proposal.setHoursPerWeek(BigDecimal.ZERO);

    assertThat(validator.validate(proposal)).hasSize(1);
  }

  @Test
  void termsOfUseCannotBeCheckedInTheFuture() {
    Proposal proposal = complete();
    proposal.setTermsCheckedOn(new OrganisationTime().today().plusDays(1));

    assertThat(validator.validate(proposal)).hasSize(1);
  }

  private Set<String> messages(Proposal proposal) {
    return validator.validate(proposal).stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.toSet());
  }

  static Proposal complete() {
    Proposal proposal = new Proposal();
    proposal.setName("Kaupunginkirjasto");
    proposal.setChannel(Channel.INSTAGRAM);
    proposal.setUnitCode("culture");
    proposal.setPurpose("Library news");
    proposal.setTargetAudiences("Families and young people");
    proposal.setPlannedContent("Events and reading tips");
    proposal.setPromotion("Library web site and posters");
    proposal.setSuccessEvaluation("Followers and feedback, every six months");
    proposal.getAdministrators().get(0).setName("Sanna Suunnittelija");
    proposal.getAdministrators().get(0).setJobTitle("Kirjastonhoitaja");
    proposal.getAdministrators().get(1).setName("Tiina Tiedottaja");
    proposal.getAdministrators().get(1).setJobTitle("Tiedottaja");
    proposal.setHoursPerWeek(BigDecimal.valueOf(4));
    proposal.setUpdateFrequency(UpdateFrequency.SEVERAL_TIMES_A_WEEK);
    proposal.setTermsOfUseUrl("https://help.instagram.com/581066165581870");
    proposal.setTermsCheckedOn(new OrganisationTime().today());
    proposal.setPrivateMessageHandling(
        "Answered on weekdays; official business goes to the registry office.");
    proposal.setResponseTimePromise("Weekdays 8-16");
    proposal.setOfficialContact("kirjaamo@example.org");
    return proposal;
  }
}
