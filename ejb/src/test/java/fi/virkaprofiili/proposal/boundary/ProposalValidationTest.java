package fi.virkaprofiili.proposal.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.entity.Channel;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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
        .containsExactlyInAnyOrder(
            "Give the profile a name.",
            "Choose the service the profile will be on.",
            "Choose the unit that owns the profile.",
            "Say what the profile is for.");
  }

  @Test
  void overlongNameIsRefusedWithTheLimit() {
    Locale.setDefault(Locale.ENGLISH);
    Proposal proposal = complete();
    proposal.setName("n".repeat(121));

    assertThat(messages(proposal)).containsExactly("The name can be at most 120 characters.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/x", "www.instagram.com/x", "https://", "https://exa mple.org"})
  void onlyHttpAddressesAreAccepted(String address) {
    Proposal proposal = complete();
    proposal.setAccountUrl(address);

    assertThat(validator.validate(proposal)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://www.instagram.com/kirjasto/", "http://example.org", "https://mastodon.social/@kirjasto"})
  void httpAddressesAreAccepted(String address) {
    Proposal proposal = complete();
    proposal.setAccountUrl(address);

    assertThat(validator.validate(proposal)).isEmpty();
  }

  private Set<String> messages(Proposal proposal) {
    return validator.validate(proposal).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
  }

  private static Proposal complete() {
    Proposal proposal = new Proposal();
    proposal.setName("Kaupunginkirjasto");
    proposal.setChannel(Channel.INSTAGRAM);
    proposal.setUnitCode("culture");
    proposal.setPurpose("Library news");
    return proposal;
  }
}
