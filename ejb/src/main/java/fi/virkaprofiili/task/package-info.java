/**
 * The second kernel: what every step component needs of the engine's user tasks, whether one still
 * waits and who may act on it, which profile its process is about, and the name of each kind of
 * task. It uses only {@code platform} and the process contract ({@code processes} module).
 */
package fi.virkaprofiili.task;
