/**
 * E-mail notices of the lifecycle (reminders, escalations, closures), each sent exactly once per
 * recipient even when the job that sends it is retried.
 */
package fi.virkaprofiili.notice;
