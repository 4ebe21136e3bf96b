/**
 * What a proposal's author has written before submitting it. Kept apart from the profile: a draft
 * is nobody's business but its author's, and starts no process.
 */
package fi.virkaprofiili.proposal.entity;
