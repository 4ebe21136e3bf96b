/** The organisation's units and who manages each. */
package fi.virkaprofiili.organisation.entity;
