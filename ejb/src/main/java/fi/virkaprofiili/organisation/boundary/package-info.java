/**
 * The organisation's units as the portal keeps them: their structure, names, managers and history,
 * reorganisations that move profiles with their manager's open tasks, and the profiles of the units
 * a manager answers for, with where each one's review stands.
 */
package fi.virkaprofiili.organisation.boundary;
