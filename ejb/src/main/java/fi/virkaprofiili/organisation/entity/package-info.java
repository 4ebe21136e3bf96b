/** What the organisation keeps of its own besides the units: a manager's absences and deputies. */
package fi.virkaprofiili.organisation.entity;
