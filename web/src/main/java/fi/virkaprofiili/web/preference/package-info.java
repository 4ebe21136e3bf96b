/** The page where people make their own choices, such as whether tasks are e-mailed to them. */
package fi.virkaprofiili.web.preference;
