/**
 * Constraints on what user text may contain, applied at the boundaries' forms: a one-line field
 * holds no control character, a longer text no control character but its line breaks and tabs.
 */
package fi.virkaprofiili.platform.validation;
