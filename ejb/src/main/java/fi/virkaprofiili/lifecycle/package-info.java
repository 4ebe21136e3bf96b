/**
 * The delegates of {@code profile-lifecycle.bpmn}, one per service task and named after it. Each
 * reads variables and calls a boundary; the logic lives in the boundary.
 */
package fi.virkaprofiili.lifecycle;
