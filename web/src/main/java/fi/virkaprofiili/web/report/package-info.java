/** Reporting a suspected fake profile, and communications' investigation of it (R9). */
package fi.virkaprofiili.web.report;
