/** What every page needs: sign-in, the current user, language, messages and dates. */
package fi.virkaprofiili.web.platform;
