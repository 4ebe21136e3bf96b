/** Marking a person as left, and the forms of the two tasks that follow it. */
package fi.virkaprofiili.web.leaver;
