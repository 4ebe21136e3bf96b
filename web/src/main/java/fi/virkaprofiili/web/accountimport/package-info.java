/** The page where communications imports existing accounts and reads each import's report (R13). */
package fi.virkaprofiili.web.accountimport;
