/**
 * Camunda's Cockpit, Admin and Tasklist and its REST API, run inside this WAR (two WARs would leave
 * the job executor unable to load the application's delegates), and the gate that keeps every
 * engine query surface to administrators.
 */
package fi.virkaprofiili.web.camunda;
