/**
 * The embedded Camunda engine: its start-up on the container's transactions and threads (every
 * command in a container transaction, wherever it is called from), the resolution of BPMN delegate
 * expressions to CDI beans, and the engine services for injection.
 */
package fi.virkaprofiili.platform.engine;
