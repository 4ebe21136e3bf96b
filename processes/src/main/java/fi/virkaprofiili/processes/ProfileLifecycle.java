package fi.virkaprofiili.processes;

import java.util.Set;

/**
 * The contract of {@code profile-lifecycle.bpmn}: its key, the element ids that task forms and
 * tests key on, and the names of the process variables. Java reads these names; it never spells
 * them out again.
 */
public final class ProfileLifecycle {

  public static final String PROCESS_KEY = "profile-lifecycle";
  public static final String RESOURCE = "bpmn/profile-lifecycle.bpmn";

  /** The decision table that sets how often a profile of each kind is reviewed. */
  public static final String REVIEW_INTERVAL_RESOURCE = "dmn/review-interval.dmn";

  public static final String REVIEW_INTERVAL_DECISION = "review-interval";

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
  public static final String DECISION_REMINDER_DUE = "decisionReminderDue";
  public static final String SEND_DECISION_REMINDER = "sendDecisionReminder";
  public static final String DECISION_ESCALATION_DUE = "decisionEscalationDue";
  public static final String ESCALATE_DECISION = "escalateDecision";
  public static final String REGISTER_ACCESS = "registerAccess";
  public static final String RECORD_ACCOUNT_ADDRESS = "recordAccountAddress";

  /**
   * Where a listed profile enters its in-use phase; existing profiles start their lifecycle here.
   */
  public static final String IN_USE = "inUse";

  public static final String SET_UP_DONE = "setUpDone";
  public static final String NOTICES_GIVEN = "noticesGiven";
  public static final String CLOSED_DOWN = "closedDown";
  public static final String PROFILE_IN_USE = "profileInUse";
  public static final String DETERMINE_REVIEW_INTERVAL = "determineReviewInterval";
  public static final String REVIEW_DUE = "reviewDue";
  public static final String PERIODIC_REVIEW = "periodicReview";
  public static final String REVIEW_NOT_DONE = "reviewNotDone";
  public static final String REVIEW_OVERDUE = "reviewOverdue";
  public static final String CLOSURE_PROPOSED = "closureProposed";
  public static final String CAMPAIGN_PERIOD_ENDED = "campaignPeriodEnded";
  public static final String CAMPAIGN_ENDED = "campaignEnded";
  public static final String CLOSURE_REQUESTED = "closureRequested";
  public static final String CLOSURE_DECISION = "closureDecision";
  public static final String ANNOUNCE_CLOSURE_IN_REGISTRY = "announceClosureInRegistry";
  public static final String POST_CLOSURE_NOTICE = "postClosureNotice";
  public static final String NOTIFY_CLOSURE = "notifyClosure";

  /**
   * The tasks a unit's manager does as manager, for members of the managers group only: whoever the
   * organisation took out of it no longer sees them nor completes them.
   */
  public static final Set<String> MANAGERS_TASKS =
      Set.of(MANAGER_DECISION, CLOSURE_DECISION, REVIEW_OVERDUE);

  /**
   * The notice task's deadlines: a reminder to the owner, escalation to the manager at its due
   * date, and the closing date, which ends the task unconfirmed so that the closing steps go on.
   */
  public static final String CLOSURE_NOTICE_REMINDER_DUE = "closureNoticeReminderDue";

  public static final String REMIND_CLOSURE_NOTICE = "remindClosureNotice";
  public static final String CLOSURE_NOTICE_REMINDED = "closureNoticeReminded";
  public static final String CLOSURE_NOTICE_OVERDUE = "closureNoticeOverdue";
  public static final String ESCALATE_CLOSURE_NOTICE = "escalateClosureNotice";
  public static final String CLOSURE_NOTICE_ESCALATED = "closureNoticeEscalated";
  public static final String CLOSING_DATE_BEFORE_NOTICE = "closingDateBeforeNotice";
  public static final String RECORD_NOTICE_NOT_CONFIRMED = "recordNoticeNotConfirmed";
  public static final String NOTICE_SETTLED = "noticeSettled";
  public static final String CLOSING_DATE_REACHED = "closingDateReached";
  public static final String CLOSE_ACCOUNT = "closeAccount";
  public static final String REVOKE_ACCESS = "revokeAccess";
  public static final String MARK_CLOSED = "markClosed";
  public static final String PROFILE_CLOSED = "profileClosed";

  /** Delegate bean names, as the BPMN's delegate expressions name them. */
  public static final String CHECK_COMPLETENESS_BEAN = "checkCompleteness";

  public static final String PUBLISH_LISTING_BEAN = "publishListing";
  public static final String SEND_DECISION_REMINDER_BEAN = "sendDecisionReminder";
  public static final String ESCALATE_DECISION_BEAN = "escalateDecision";
  public static final String ANNOUNCE_CLOSURE_IN_REGISTRY_BEAN = "announceClosureInRegistry";
  public static final String NOTIFY_CLOSURE_BEAN = "notifyClosure";
  public static final String REMIND_CLOSURE_NOTICE_BEAN = "remindClosureNotice";
  public static final String ESCALATE_CLOSURE_NOTICE_BEAN = "escalateClosureNotice";
  public static final String RECORD_NOTICE_NOT_CONFIRMED_BEAN = "recordNoticeNotConfirmed";
  public static final String MARK_CLOSED_BEAN = "markClosed";

  /**
   * The bean whose methods give the timers' due dates ({@code decisionReminder()}, {@code
   * decisionEscalation()}, {@code reviewOverdue()}, {@code closureNoticeDue(closingDate)}, {@code
   * closureNoticeReminder(closingDate)}), so that they are configured in one place.
   */
  public static final String DEADLINES_BEAN = "deadlines";

  /** Messages the process waits for. */
  public static final String PROPOSAL_WITHDRAWN_MESSAGE = "proposalWithdrawn";

  public static final String CLOSURE_REQUESTED_MESSAGE = "closureRequested";

  /** BPMN error codes. */
  public static final String PROPOSAL_INCOMPLETE_ERROR = "proposalIncomplete";

  /** Process variables. */
  public static final String VAR_PROFILE_ID = "profileId";

  public static final String VAR_PROPOSER = "proposer";

  /** The profile's channel, by name: the task list filters by it in the engine's own query. */
  public static final String VAR_CHANNEL = "channel";

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

  /** Set by the review interval decision: an ISO 8601 duration. */
  public static final String VAR_REVIEW_INTERVAL = "reviewInterval";

  /**
   * The answer to a review: {@link #CONTINUE}, {@link #CHANGE_ADMINISTRATORS} or {@link
   * #PROPOSE_CLOSURE}.
   */
  public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

  public static final String CONTINUE = "CONTINUE";
  public static final String CHANGE_ADMINISTRATORS = "CHANGE_ADMINISTRATORS";
  public static final String PROPOSE_CLOSURE = "PROPOSE_CLOSURE";

  /** The end of a campaign's active period (a {@link java.util.Date}), for campaigns only (R11). */
  public static final String VAR_CAMPAIGN_ENDS_ON = "campaignEndsOn";

  public static final String CAMPAIGN = "CAMPAIGN";

  /** The manager's closure decision: {@link #CLOSE} or {@link #KEEP}. */
  public static final String VAR_CLOSURE = "closure";

  public static final String CLOSE = "CLOSE";
  public static final String KEEP = "KEEP";

  /** When a closed profile's account is closed (a {@link java.util.Date}, R12). */
  public static final String VAR_CLOSING_DATE = "closingDate";

  public static final String AGREE = "AGREE";
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";
  public static final String RETURN = "RETURN";

  /**
   * How often a job that talks to the outside (an e-mail) is tried again while it fails: five
   * times, five minutes apart, as the BPMN's {@code failedJobRetryTimeCycle} says.
   */
  public static final String MAIL_RETRY_CYCLE = "R5/PT5M";

  private ProfileLifecycle() {}
}
