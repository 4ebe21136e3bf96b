/** The public registry: what citizens see to verify that an account is official (R9). */
package fi.virkaprofiili.registry.boundary;
