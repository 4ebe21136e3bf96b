/** Open data of the public registry, as JSON under /api (R9): read-only, for anyone. */
package fi.virkaprofiili.web.api;
