/** The public registry pages. */
package fi.virkaprofiili.web.registry;
