/**
 * What the kernel shares with the components that start a profile's lifecycle process, and how it
 * tells whether any node has written a profile ({@code ProfileFingerprint}).
 */
package fi.virkaprofiili.profile.control;
