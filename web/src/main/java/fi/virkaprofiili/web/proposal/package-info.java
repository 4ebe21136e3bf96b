/** Pages where staff propose profiles and follow their proposals. */
package fi.virkaprofiili.web.proposal;
