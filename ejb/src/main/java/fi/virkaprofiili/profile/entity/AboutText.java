package fi.virkaprofiili.profile.entity;

/**
 * A profile's "about" text in one language, in the version that fits its service's description.
 *
 * @param text what to paste into the service's bio or description
 * @param length its length in characters, as the services count them
 * @param limit the service's limit, or null when none is known
 * @param shortened whether this is shorter than the full text, to fit the limit
 */
public record AboutText(String text, int length, Integer limit, boolean shortened) {}
