/** What the export reads and what pseudonymisation changes, one profile at a time. */
package fi.virkaprofiili.privacy.control;
