/**
 * The accessibility statement the Act on the Provision of Digital Services (306/2019) requires of a
 * public service: what conforms, what does not, how it was assessed, and whom to tell.
 */
package fi.virkaprofiili.web.accessibility;
