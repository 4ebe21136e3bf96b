/** Marking a person as left, and the two tasks that follow it: the only entry points. */
package fi.virkaprofiili.leaver.boundary;
