/** The communications dashboard: charts of the procedure's figures, each with its table. */
package fi.virkaprofiili.web.dashboard;
