/** The portal's task list, the only way people other than administrators see engine tasks. */
package fi.virkaprofiili.worklist.boundary;
