/**
 * The shared kernel: the profile aggregate and the organisation units profiles belong to, which
 * every step of the lifecycle reads and changes through the profile's own intent methods. It uses
 * only {@code platform}; every other business component may use it. See docs/architecture.md.
 */
package fi.virkaprofiili.profile;
