/** How a draft's content is kept: written as text that survives changes of the form's classes. */
package fi.virkaprofiili.proposal.control;
