/** What the boundaries share about tasks: whether one still waits and who may act on it. */
package fi.virkaprofiili.worklist.control;
