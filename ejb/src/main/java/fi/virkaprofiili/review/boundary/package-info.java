/**
 * Periodic review of a listed profile (R6, R10, R13): continue, change administrators or propose
 * closure.
 */
package fi.virkaprofiili.review.boundary;
