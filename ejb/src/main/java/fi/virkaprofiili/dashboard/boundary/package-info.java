/**
 * Communications' and managers' view of the whole procedure: how many profiles in each state,
 * channel and unit, which reviews are due or overdue, and how long decisions have waited. Every
 * figure is counted by the database, so the answer costs the same with ten or ten thousand
 * profiles.
 */
package fi.virkaprofiili.dashboard.boundary;
