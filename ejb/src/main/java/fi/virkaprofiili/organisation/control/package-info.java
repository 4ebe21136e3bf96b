/** How a unit's manager's open tasks follow a reorganisation or a new manager. */
package fi.virkaprofiili.organisation.control;
