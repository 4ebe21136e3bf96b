/** Proposing an official profile: the form's content, its rules, and submission (R1, R4). */
package fi.virkaprofiili.proposal.boundary;
