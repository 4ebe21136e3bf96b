/** A person's choices, one row each, with the defaults for those who chose nothing. */
package fi.virkaprofiili.preference.entity;
