/**
 * Reports of suspected fake profiles (R9): from citizens on the public registry or from staff,
 * investigated by communications and reported to the platform or the police, or dismissed.
 */
package fi.virkaprofiili.report;
