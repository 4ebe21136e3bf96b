/**
 * The portal, the public registry and the glue to Camunda's webapps. Backing beans are thin: they
 * hold what a page shows and call boundaries of the ejb module; they never touch the database or
 * the engine directly.
 */
package fi.virkaprofiili.web;
