/** MicroProfile Health checks behind {@code /health/ready} and {@code /health/live}. */
package fi.virkaprofiili.platform.health;
