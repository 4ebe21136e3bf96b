package fi.virkaprofiili.profile.entity;

import fi.virkaprofiili.profile.entity.Profile.Proposed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The proposal phase's rules: what a proposal must state before a profile takes it, by the ids of
 * the policy's rules (R1, R2, R3, R5, R11, R14). A new proposal, a revision and an imported account
 * are checked by them, and the process checks a stored profile again by them.
 */
final class ProposalRules {

  private ProposalRules() {}

  /**
   * What the proposer stated, tidied (only an expert profile names an expert), if it meets the
   * policy on {@code proposedOn}, the organisation's day of the proposal; otherwise a refusal that
   * names the rules it does not meet.
   */
  static Proposed checked(Proposed proposed, OrganisationUnit unit, LocalDate proposedOn) {
    String name = Texts.singleLine(Texts.required(proposed.name(), "name"), "name");
    ProfileKind kind = Objects.requireNonNull(proposed.kind(), "kind");
    Channel channel = Objects.requireNonNull(proposed.channel(), "channel");
    Objects.requireNonNull(unit, "unit");
    Proposed tidy =
        new Proposed(
            name,
            kind,
            channel,
            Objects.requireNonNull(proposed.plan(), "plan"),
            Objects.requireNonNull(proposed.upkeep(), "upkeep"),
            new ArrayList<>(proposed.administrators()),
            proposed.languages().isEmpty()
                ? EnumSet.noneOf(ProfileLanguage.class)
                : EnumSet.copyOf(proposed.languages()),
            proposed.campaignEndsOn(),
            Texts.singleLine(Texts.optional(proposed.accountUrl()), "accountUrl"),
            kind == ProfileKind.EXPERT ? Texts.optional(proposed.expertId()) : null);
    List<String> missing = missing(tidy, proposedOn);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "The proposal does not meet " + String.join(", ", missing));
    }
    return tidy;
  }

  /**
   * The rules {@code stated} does not meet; a campaign must end after {@code proposedOn}, unless
   * that day is not known.
   */
  static List<String> missing(Proposed stated, LocalDate proposedOn) {
    ProfileKind kind = stated.kind();
    List<String> missing = new ArrayList<>();
    if (stated.plan() == null || !stated.plan().isComplete()) {
      missing.add("R1");
    }
    if (stated.upkeep() == null || !stated.upkeep().isComplete()) {
      missing.add("R2");
    }
    if (kind == null || stated.administrators().size() < kind.minimumAdministrators()) {
      missing.add("R3");
    }
    if (kind != null
        && kind.hasPlannedEnd()
        && (stated.campaignEndsOn() == null
            || (proposedOn != null && !stated.campaignEndsOn().isAfter(proposedOn)))) {
      missing.add("R11");
    }
    if (kind == ProfileKind.EXPERT && !Texts.present(stated.expertId())) {
      missing.add("R5");
    }
    if (stated.languages().isEmpty()) {
      missing.add("R14");
    }
    return missing;
  }

  /** A campaign kept in use gets a new end of its active period, after today (R11). */
  static LocalDate futureCampaignEnd(LocalDate newEnd, LocalDate today) {
    if (newEnd == null || !newEnd.isAfter(today)) {
      throw new IllegalArgumentException(
          "A kept campaign needs a new end of its active period in the future");
    }
    return newEnd;
  }

  /** An organisation or campaign profile keeps several administrators when they change (R3). */
  static void requireEnoughAdministrators(ProfileKind kind, List<Administrator> administrators) {
    if (administrators.size() < kind.minimumAdministrators()) {
      throw new IllegalArgumentException(
          "A "
              + kind
              + " profile has at least "
              + kind.minimumAdministrators()
              + " administrators");
    }
  }
}
