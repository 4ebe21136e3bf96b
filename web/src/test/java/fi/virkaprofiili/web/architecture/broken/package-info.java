/**
 * Web classes that reach into the ejb module as the web must not, each in one way, so that {@link
 * fi.virkaprofiili.web.architecture.WebRulesTest} shows the rule fails when broken. Test code: the
 * web's own architecture test never sees it.
 */
package fi.virkaprofiili.web.architecture.broken;
