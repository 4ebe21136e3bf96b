/**
 * Personal data the product holds, as the data protection regulation asks of it: everything held
 * about one person exported for their subject access request, and the names and contact details of
 * people who left given way to pseudonyms in closed profiles once the retention period has passed.
 * What is held, why and for how long is in docs/privacy.md. A step at the top of the steps: it
 * reads what the others wrote and is used by nothing but the web.
 */
package fi.virkaprofiili.privacy;
