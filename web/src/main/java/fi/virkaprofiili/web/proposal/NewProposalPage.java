package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.proposal.boundary.DraftOf;
import fi.virkaprofiili.proposal.boundary.SavedDraft;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A new proposal, written in the wizard's steps and saved as a draft at every move, so that the
 * author who comes back is offered to continue where they left it, or to discard it.
 */
@Named
@ViewScoped
public class NewProposalPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Messages messages;
  @Inject private WizardDraft draft;

  /** The draft left unfinished, offered when the page opens, until the author chooses. */
  private SavedDraft offered;

  public void load() {
    offered = draft.open(DraftOf.newProposal()).orElse(null);
  }

  public void continueDraft() {
    if (offered != null) {
      draft.resume(offered.getId());
    }
    offered = null;
  }

  public void discardDraft() {
    if (offered != null && draft.discard()) {
      messages.info("draft.discarded");
    }
    offered = null;
  }

  public WizardDraft getDraft() {
    return draft;
  }

  public SavedDraft getOffered() {
    return offered;
  }
}
