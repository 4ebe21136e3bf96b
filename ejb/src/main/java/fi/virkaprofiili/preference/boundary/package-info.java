/** Reads and changes a person's choices; only the person themselves changes them. */
package fi.virkaprofiili.preference.boundary;
