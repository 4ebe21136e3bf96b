/** A web class that uses only what the web may use of ejb: the rule lets it pass. */
package fi.virkaprofiili.web.architecture.sound;
