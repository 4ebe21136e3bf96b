/** The profiles of the units a manager answers for, with where each one's review stands. */
package fi.virkaprofiili.organisation.boundary;
