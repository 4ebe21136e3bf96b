/** The profile aggregate: its state, its history and the intents that change them. */
package fi.virkaprofiili.profile.entity;
