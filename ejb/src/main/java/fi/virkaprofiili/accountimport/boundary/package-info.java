/** Where communications starts an import of existing accounts and follows it to its report. */
package fi.virkaprofiili.accountimport.boundary;
