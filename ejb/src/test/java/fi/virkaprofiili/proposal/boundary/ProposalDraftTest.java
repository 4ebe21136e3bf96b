package fi.virkaprofiili.proposal.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.proposal.control.DraftContent;
import fi.virkaprofiili.proposal.entity.ProposalDraft;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of a draft: incomplete is fine, unsafe or overlong is not, and it is its author's. */
class ProposalDraftTest {

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
    Method save =
        ProposalDrafts.class.getMethod("save", Proposal.class, String.class, String.class);
    Proposal incomplete = new Proposal();
    incomplete.setName("Kirjaston nuoret");

    assertThat(
            validator
                .forExecutables()
                .validateParameters(
                    new ProposalDrafts(), save, new Object[] {incomplete, "PURPOSE", "sanna"}))
        .isEmpty();

    incomplete.setAccountUrl("javascript:alert(1)");
    Set<String> refused =
        validator
            .forExecutables()
            .validateParameters(
                new ProposalDrafts(), save, new Object[] {incomplete, "PURPOSE", "sanna"})
            .stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(Collectors.toSet());
    assertThat(refused).containsExactly("save.proposal.accountUrl");
  }

  @Test
  void submittingADraftChecksTheWholeProposal() throws Exception {
    Method submit = ProposalDrafts.class.getMethod("submit", Proposal.class, String.class);

    Set<ConstraintViolation<ProposalDrafts>> violations =
        validator
            .forExecutables()
            .validateParameters(
                new ProposalDrafts(), submit, new Object[] {new Proposal(), "sanna"});

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .contains("submit.proposal.name", "submit.proposal.purpose");
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
    huge.setPurpose("\"".repeat(ProposalDraft.CONTENT_MAX));

    assertThatThrownBy(() -> DraftContent.write(huge)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aDraftBelongsToItsAuthorAndIsRewrittenWhole() {
    ProposalDraft draft =
        new ProposalDraft(
            "sanna", "{\"name\":\"A\"}", "PROFILE", Instant.parse("2026-11-30T08:00:00Z"));

    draft.rewrite("{\"name\":\"B\"}", "PURPOSE", Instant.parse("2026-11-30T08:05:00Z"));

    assertThat(draft.isAuthoredBy("sanna")).isTrue();
    assertThat(draft.isAuthoredBy("markus")).isFalse();
    assertThat(draft.getContent()).isEqualTo("{\"name\":\"B\"}");
    assertThat(draft.getStep()).isEqualTo("PURPOSE");
    assertThat(draft.getSavedAt()).isEqualTo(Instant.parse("2026-11-30T08:05:00Z"));
    assertThatThrownBy(() -> new ProposalDraft(" ", "{}", null, Instant.now()))
        .isInstanceOf(IllegalArgumentException.class);
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
