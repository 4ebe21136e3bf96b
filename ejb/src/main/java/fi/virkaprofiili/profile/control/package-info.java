/** What the kernel shares with the components that start a profile's lifecycle process. */
package fi.virkaprofiili.profile.control;
