/**
 * The outbox every e-mail goes through, and its delivery over SMTP. A message is written in the
 * transaction of the step that causes it ({@link fi.virkaprofiili.platform.mail.Outbox}), so it
 * exists exactly when the step does; it is sent afterwards by whichever node claims it first
 * ({@link fi.virkaprofiili.platform.mail.OutboxDelivery}), retried with back-off while the mail
 * server or the database is away, and left FAILED for the operator after the configured attempts.
 * What to write and to whom is the {@code notice} component's business; nothing here knows it.
 */
package fi.virkaprofiili.platform.mail;
