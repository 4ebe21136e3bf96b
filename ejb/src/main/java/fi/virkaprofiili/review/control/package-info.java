/**
 * When reviews fall due, read from the engine's own timers and tasks, so that the dashboard and the
 * managers' list give the same answer as the process that runs the reviews.
 */
package fi.virkaprofiili.review.control;
