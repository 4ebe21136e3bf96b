/** The expert's consent page (R5). */
package fi.virkaprofiili.web.consent;
