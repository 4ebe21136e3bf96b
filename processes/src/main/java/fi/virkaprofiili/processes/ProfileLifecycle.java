package fi.virkaprofiili.processes;

/**
 * The contract of {@code profile-lifecycle.bpmn}: its key, the element ids that task forms and
 * tests key on, and the names of the process variables. Java reads these names; it never spells
 * them out again.
 */
public final class ProfileLifecycle {

  public static final String PROCESS_KEY = "profile-lifecycle";
  public static final String RESOURCE = "bpmn/profile-lifecycle.bpmn";

  /** Element ids. */
  public static final String PROPOSAL_SUBMITTED = "proposalSubmitted";
  public static final String CHECK_COMPLETENESS = "checkCompleteness";
  public static final String PROPOSAL_INCOMPLETE = "proposalIncomplete";
  public static final String PROPOSAL_REFUSED = "proposalRefused";
  public static final String MANAGER_DECISION = "managerDecision";
  public static final String EXPERT_PROFILE = "expertProfile";
  public static final String EXPERT_CONSENT = "expertConsent";
  public static final String CONSENT_GIVEN = "consentGiven";
  public static final String CONSENT_DECLINED = "consentDeclined";
  public static final String READY_FOR_DECISION = "readyForDecision";
  public static final String PROPOSAL_WITHDRAWN = "proposalWithdrawn";
  public static final String PROPOSAL_ENDED_WITHDRAWN = "proposalEndedWithdrawn";
  public static final String DECISION_MADE = "decisionMade";
  public static final String COMMUNICATIONS_AGREEMENT = "communicationsAgreement";
  public static final String AGREEMENT_MADE = "agreementMade";
  public static final String REVISION_REQUESTED = "revisionRequested";
  public static final String REVISE_PROPOSAL = "reviseProposal";
  public static final String PROPOSAL_WITHDRAWN_IN_REVISION = "proposalWithdrawnInRevision";
  public static final String REVISION_ENDED_WITHDRAWN = "revisionEndedWithdrawn";
  public static final String PUBLISH_LISTING = "publishListing";
  public static final String PROFILE_LISTED = "profileListed";
  public static final String PROPOSAL_REJECTED = "proposalRejected";

  /** Delegate bean names, as the BPMN's delegate expressions name them. */
  public static final String CHECK_COMPLETENESS_BEAN = "checkCompleteness";
  public static final String PUBLISH_LISTING_BEAN = "publishListing";

  /** Messages the process waits for. */
  public static final String PROPOSAL_WITHDRAWN_MESSAGE = "proposalWithdrawn";

  /** BPMN error codes. */
  public static final String PROPOSAL_INCOMPLETE_ERROR = "proposalIncomplete";

  /** Process variables. */
  public static final String VAR_PROFILE_ID = "profileId";
  public static final String VAR_PROPOSER = "proposer";
  public static final String VAR_UNIT_MANAGER = "unitManager";
  /** The profile's kind, by name; {@link #EXPERT} sends it to the expert's consent first. */
  public static final String VAR_KIND = "kind";
  public static final String EXPERT = "EXPERT";
  /** The named employee of an expert profile (R5). */
  public static final String VAR_EXPERT = "expert";
  public static final String VAR_CONSENT = "consent";
  /** The manager's decision: one of {@link #APPROVE}, {@link #REJECT}, {@link #RETURN}. */
  public static final String VAR_DECISION = "decision";

  /** Communications' answer to an approved proposal: {@link #AGREE} or {@link #RETURN}. */
  public static final String VAR_AGREEMENT = "agreement";

  public static final String AGREE = "AGREE";
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";
  public static final String RETURN = "RETURN";

  private ProfileLifecycle() {}
}
