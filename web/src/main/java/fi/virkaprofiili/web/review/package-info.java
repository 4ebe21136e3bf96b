/** The periodic review form, for the profile's owner and, when overdue, its manager. */
package fi.virkaprofiili.web.review;
