/** The manager's decision on a proposal, and who may take it (R4). */
package fi.virkaprofiili.decision.boundary;
