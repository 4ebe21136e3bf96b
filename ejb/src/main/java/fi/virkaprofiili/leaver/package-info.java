/**
 * People who leave the organisation (issue 12, item 6): an administrator marks a person as left,
 * and in the one transaction of that step the person is taken off every live profile, the unit's
 * manager is asked to name another administrator where a profile fell below its minimum (R3), IT is
 * asked to revoke each access registered to the person (R8), the person's open tasks are handed on,
 * the timelines record it all, and the person signs in no more and gets no more e-mail.
 */
package fi.virkaprofiili.leaver;
