package fi.virkaprofiili.platform.mail;

/**
 * Messages were written to the outbox. Heard after the transaction commits, to send them at once
 * rather than at the next round of the timer.
 */
public record OutboxWritten() {}
