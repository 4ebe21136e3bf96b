/**
 * The profile aggregate: its state, its history and the intents that change them; and the
 * organisation units it belongs to.
 */
package fi.virkaprofiili.profile.entity;
