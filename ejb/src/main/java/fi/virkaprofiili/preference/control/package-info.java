/** Reading a person's choices where no boundary call is wanted (inside another step's work). */
package fi.virkaprofiili.preference.control;
