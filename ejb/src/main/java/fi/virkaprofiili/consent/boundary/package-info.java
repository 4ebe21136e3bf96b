/** An expert profile speaks in one employee's own name: their consent comes first (R5). */
package fi.virkaprofiili.consent.boundary;
