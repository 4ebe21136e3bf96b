/**
 * Every e-mail the product sends: task e-mails and the lifecycle's notices (reminders, escalations,
 * closures), each written once per recipient to the outbox ({@code platform.mail}) in the
 * transaction of the step that gives it, even when the job that gives it is retried.
 */
package fi.virkaprofiili.notice;
