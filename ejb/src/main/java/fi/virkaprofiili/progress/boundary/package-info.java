/**
 * Where a profile's process stands, for the diagram on the profile's page: the deployed model, the
 * steps it waits at now and those it has passed. Shown to those who may see the profile.
 */
package fi.virkaprofiili.progress.boundary;
