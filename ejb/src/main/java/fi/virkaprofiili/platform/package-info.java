/** What every business component stands on, and the typed refusals they share. */
package fi.virkaprofiili.platform;
