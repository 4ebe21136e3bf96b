/** The portal's task list. */
package fi.virkaprofiili.web.worklist;
