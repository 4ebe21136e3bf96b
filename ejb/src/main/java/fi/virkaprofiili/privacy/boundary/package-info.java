/** An administrator's export of one person's data, and the nightly pseudonymisation. */
package fi.virkaprofiili.privacy.boundary;
