/** What the task checks read from the engine, remembered where it never changes. */
package fi.virkaprofiili.task.control;
