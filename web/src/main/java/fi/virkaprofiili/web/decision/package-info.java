/** The decision form of managers. */
package fi.virkaprofiili.web.decision;
