/** Closure forms: the manager's decision and the closing steps of the owner and IT. */
package fi.virkaprofiili.web.closure;
