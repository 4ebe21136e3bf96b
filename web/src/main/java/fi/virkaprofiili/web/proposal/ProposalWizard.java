package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.proposal.boundary.DraftRules;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.web.platform.Violations;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.Path;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proposal form in steps, for a new proposal and for its revision alike: which step the user is
 * at, how far they have come, and the rules of moving. Whatever the user typed is kept as a draft
 * before they move if it keeps the {@link DraftRules}; they move forward only from a step that is
 * complete. The rules are the proposal's own Bean Validation constraints, checked on the {@link
 * Proposal} the {@link ProposalForm} makes; this only shows each broken one at its field.
 */
@Dependent
public class ProposalWizard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The id of the form the wizard's page puts its fields in. */
  public static final String FORM = "proposalForm";

  /** Fields whose component is not named after the property they edit. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "unitCode", "unit",
          "expertNamed", "expertUserId",
          "campaignEndGiven", "campaignEndsOn",
          "accountOnService", "accountUrl",
          "enoughAdministrators", "administrators",
          "everyAdministratorNamedWithJobTitle", "administrators");

  private static final Map<String, String> ADMINISTRATOR_FIELDS =
      Map.of(
          "name",
          "administratorName",
          "jobTitle",
          "administratorTitle",
          "email",
          "administratorEmail");

  /** Keeps what the user typed, with the step they will be at; false when a boundary refused it. */
  @FunctionalInterface
  public interface Keeper {
    boolean keep(Proposal proposal, WizardStep at);
  }

  @Inject private Violations violations;

  private ProposalForm form = new ProposalForm();
  private WizardStep step = WizardStep.PROFILE;
  private WizardStep reached = WizardStep.PROFILE;

  /** Starts at a step with what the user has written, every step up to {@code reached} open. */
  public void start(ProposalForm written, WizardStep at, WizardStep reached) {
    this.form = written;
    this.step = at;
    this.reached = at.compareTo(reached) > 0 ? at : reached;
  }

  public void next(Keeper keeper) {
    moveTo(step.next(), keeper);
  }

  public void back(Keeper keeper) {
    moveTo(step.previous(), keeper);
  }

  /** Keeps what was typed and stays: the messages, if any, say what is still missing here. */
  public boolean stay(Keeper keeper) {
    Proposal proposal = form.toProposal();
    return draftBreaks(proposal).isEmpty() && keeper.keep(proposal, step);
  }

  /**
   * Keeps what was typed, as the user types, when it may be kept; shows nothing, for the page says
   * nothing while the user is typing.
   */
  public void keepQuietly(Keeper keeper) {
    Proposal proposal = form.toProposal();
    if (!violations.isBroken(proposal, property -> true, DraftRules.class)) {
      keeper.keep(proposal, step);
    }
  }

  /**
   * Takes the user to a step they have reached, or the next one. What they typed is kept first, and
   * nothing is kept when a field breaks a rule that holds even for a draft. Forward only from a
   * complete step; otherwise they stay, and each field that is missing or wrong says so.
   */
  public void moveTo(WizardStep to, Keeper keeper) {
    if (!canGoTo(to) && to != step.next()) {
      return;
    }
    boolean forward = to.compareTo(step) > 0;
    Proposal proposal = form.toProposal();
    Set<String> unsafe = draftBreaks(proposal);
    boolean complete =
        !forward
            || violations
                .showAtFields(
                    proposal,
                    property -> step.concerns(property) && !unsafe.contains(property),
                    ProposalWizard::fieldOf)
                .isEmpty();
    if (!unsafe.isEmpty()) {
      return;
    }
    WizardStep at = complete ? to : step;
    if (keeper.keep(proposal, at)) {
      step = at;
      if (at.compareTo(reached) > 0) {
        reached = at;
      }
    }
  }

  /**
   * Whether every step is complete, checked again before submitting; otherwise the user is taken to
   * the first step that is not, where each missing field says so.
   */
  public boolean isReadyToSubmit() {
    Proposal proposal = form.toProposal();
    for (WizardStep each : WizardStep.values()) {
      if (violations.isBroken(proposal, each::concerns)) {
        step = each;
        violations.showAtFields(proposal, each::concerns, ProposalWizard::fieldOf);
        return false;
      }
    }
    return violations.isValid(proposal);
  }

  /** Shows what even a draft may not say; returns the properties that say it. */
  private Set<String> draftBreaks(Proposal proposal) {
    return violations.showAtFields(
        proposal, property -> true, ProposalWizard::fieldOf, DraftRules.class);
  }

  /** The client id of the field that edits a property, as the wizard's page lays them out. */
  static String fieldOf(Path path) {
    Iterator<Path.Node> nodes = path.iterator();
    String property = nodes.next().getName();
    if ("administrators".equals(property) && nodes.hasNext()) {
      Path.Node row = nodes.next();
      return FORM
          + ":administrator:"
          + row.getIndex()
          + ":"
          + ADMINISTRATOR_FIELDS.getOrDefault(row.getName(), row.getName());
    }
    return FORM + ":" + FIELDS.getOrDefault(property, property);
  }

  /** Whether the step is open to the user: one they have reached before. */
  public boolean canGoTo(WizardStep target) {
    return target.compareTo(reached) <= 0;
  }

  public List<WizardStep> getSteps() {
    return List.of(WizardStep.values());
  }

  public int getStepCount() {
    return WizardStep.values().length;
  }

  /** What the fields bind to. */
  public ProposalForm getForm() {
    return form;
  }

  /** What the form says now, for the boundary. */
  public Proposal toProposal() {
    return form.toProposal();
  }

  public WizardStep getStep() {
    return step;
  }
}
