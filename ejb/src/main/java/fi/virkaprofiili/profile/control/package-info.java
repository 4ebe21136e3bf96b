/** What the rest of the application learns when profiles change. */
package fi.virkaprofiili.profile.control;
