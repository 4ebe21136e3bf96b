/** Where settings come from, and the defaults that make the embedded demo run with no setup. */
package fi.virkaprofiili.platform.config;
