/** The checks every boundary makes before it completes a task, and the names of the tasks. */
package fi.virkaprofiili.task.boundary;
