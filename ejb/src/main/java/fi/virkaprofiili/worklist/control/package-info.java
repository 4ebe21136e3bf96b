/** How the task list pages a list made of parts that are queried apart. */
package fi.virkaprofiili.worklist.control;
