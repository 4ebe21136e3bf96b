/** The administrator's page for a subject access request and the retention of people who left. */
package fi.virkaprofiili.web.privacy;
