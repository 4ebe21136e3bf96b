package fi.virkaprofiili.proposal.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.proposal.control.DraftContent;
import fi.virkaprofiili.proposal.entity.Draft;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules of a draft, of a new proposal and of a revision alike: incomplete is fine, unsafe or
 * overlong is not, and submitting checks the whole proposal.
 */
class DraftsTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void anEmptyDraftKeepsTheDraftRulesButIsNoProposal() {
    Proposal empty = new Proposal();

    assertThat(validator.validate(empty, DraftRules.class)).isEmpty();
    assertThat(validator.validate(empty)).isNotEmpty();
  }

  @Test
  void whatADraftSaysIsCheckedForLengthsAndAddresses() {
    Locale.setDefault(Locale.ENGLISH);
    Proposal draft = new Proposal();
    draft.setName("n".repeat(121));
    draft.setAccountUrl("javascript:alert(1)");
    draft.setTermsOfUseUrl("ftp://example.org/terms");
    draft.getAdministrators().get(0).setEmail("not an address");
    draft.setPurpose("p".repeat(2001));

    assertThat(
            validator.validate(draft, DraftRules.class).stream()
                .map(v -> v.getPropertyPath().toString()))
        .containsExactlyInAnyOrder(
            "name", "accountUrl", "termsOfUseUrl", "administrators[0].email", "purpose");
  }

  @Test
  void theBoundaryChecksOnlyTheDraftRulesOfAnIncompleteDraft() throws Exception {
    Proposal incomplete = new Proposal();
    incomplete.setName("Kirjaston nuoret");

    assertThat(refusedSaving(DraftOf.newProposal(), incomplete)).isEmpty();
    assertThat(refusedSaving(DraftOf.revision("task-1"), incomplete)).isEmpty();

    incomplete.setAccountUrl("javascript:alert(1)");
    assertThat(refusedSaving(DraftOf.newProposal(), incomplete))
        .containsExactly("save.proposal.accountUrl");
    assertThat(refusedSaving(DraftOf.revision("task-1"), incomplete))
        .containsExactly("save.proposal.accountUrl");
    assertThat(refusedSaving(null, incomplete))
        .containsExactlyInAnyOrder("save.of", "save.proposal.accountUrl");
  }

  @Test
  void submittingADraftChecksTheWholeProposal() throws Exception {
    Proposal halfRevised = ProposalValidationTest.complete();
    halfRevised.setPurpose(null);

    assertThat(refusedSubmitting(DraftOf.newProposal(), new Proposal()))
        .contains("submit.proposal.name", "submit.proposal.purpose");
    assertThat(refusedSubmitting(DraftOf.revision("task-1"), halfRevised))
        .containsExactly("submit.proposal.purpose");
  }

  @Test
  void aRevisionIsOfATask() {
    assertThat(DraftOf.revision("task-1").isRevision()).isTrue();
    assertThat(DraftOf.newProposal().isRevision()).isFalse();
    assertThatThrownBy(() -> DraftOf.revision(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  private Set<String> refusedSaving(DraftOf of, Proposal proposal) throws Exception {
    Method save =
        Drafts.class.getMethod("save", DraftOf.class, Proposal.class, String.class, String.class);
    return paths(
        validator
            .forExecutables()
            .validateParameters(
                new Drafts(), save, new Object[] {of, proposal, "PURPOSE", "sanna"}));
  }

  private Set<String> refusedSubmitting(DraftOf of, Proposal proposal) throws Exception {
    Method submit = Drafts.class.getMethod("submit", DraftOf.class, Proposal.class, String.class);
    return paths(
        validator
            .forExecutables()
            .validateParameters(new Drafts(), submit, new Object[] {of, proposal, "sanna"}));
  }

  private static Set<String> paths(Set<ConstraintViolation<Drafts>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }

  @Test
  void aDraftReadsBackAsItWasWritten() {
    Proposal proposal = ProposalValidationTest.complete();
    proposal.setKind(ProfileKind.CAMPAIGN);
    proposal.setCampaignEndsOn(LocalDate.of(2031, 5, 31));
    proposal.setLanguages(EnumSet.of(ProfileLanguage.FI, ProfileLanguage.SV));
    proposal.setHoursPerWeek(new BigDecimal("2.5"));
    proposal.getAdministrators().get(1).setEmail("tiina@example.org");
    proposal.addAdministrator();

    String content = DraftContent.write(proposal);
    Proposal read = DraftContent.read(content);

    assertThat(content).doesNotContain("enoughAdministrators", "campaignEndGiven");
    assertThat(read).usingRecursiveComparison().isEqualTo(proposal);
  }

  @Test
  void anUnfinishedDraftReadsBackWithItsGaps() {
    Proposal unfinished = new Proposal();
    unfinished.setName("Kesken");
    unfinished.setLanguages(EnumSet.noneOf(ProfileLanguage.class));

    Proposal read = DraftContent.read(DraftContent.write(unfinished));

    assertThat(read.getName()).isEqualTo("Kesken");
    assertThat(read.getPurpose()).isNull();
    assertThat(read.getLanguages()).isEmpty();
    assertThat(read.getAdministrators()).hasSize(2);
  }

  @Test
  void aDraftThatNoLongerReadsStartsAfresh() {
    assertThat(DraftContent.read("{\"name\": [").getName()).isNull();
  }

  @Test
  void aDraftTooLargeToKeepIsRefused() {
    Proposal huge = new Proposal();
    huge.setPurpose("\"".repeat(Draft.CONTENT_MAX));

    assertThatThrownBy(() -> DraftContent.write(huge)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aProposalNamesAtMostTwentyAdministrators() {
    Proposal proposal = new Proposal();
    for (int i = 0; i < 30; i++) {
      proposal.addAdministrator();
    }

    assertThat(proposal.getAdministrators()).hasSize(Proposal.MAX_ADMINISTRATORS);
    assertThat(validator.validate(proposal, DraftRules.class)).isEmpty();
  }
}
