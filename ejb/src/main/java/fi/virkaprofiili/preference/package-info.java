/**
 * What each person chooses for themselves: whether tasks given to them are e-mailed, and in which
 * language mail is written to them. The identity store (Camunda's users) knows who people are; this
 * knows what they prefer.
 */
package fi.virkaprofiili.preference;
