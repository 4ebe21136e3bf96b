package fi.virkaprofiili.proposal.boundary;

/**
 * The rules of a {@link Proposal} that hold while it is still a draft: lengths, web and e-mail
 * addresses. A draft may leave out anything; what it does say must already be storable and safe, so
 * that submitting it later fails only for what is missing.
 */
public interface DraftRules {}
