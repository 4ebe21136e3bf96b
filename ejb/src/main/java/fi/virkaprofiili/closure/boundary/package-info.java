/**
 * Closing a profile rather than leaving it (R11, R12): requested by the manager, by a review or by
 * the end of a campaign; decided by the manager with a reason, a date and a redirection; announced
 * and carried out step by step.
 */
package fi.virkaprofiili.closure.boundary;
