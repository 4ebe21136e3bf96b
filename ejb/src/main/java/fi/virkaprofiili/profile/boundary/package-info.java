/**
 * The kernel's entry points: the organisation's units, and the number that tells those who keep
 * what they worked out from profiles (the registry's cache) that a profile was written.
 */
package fi.virkaprofiili.profile.boundary;
