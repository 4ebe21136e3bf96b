/**
 * Bringing in the accounts an organisation already has (R13): communications uploads a CSV file,
 * each row is checked by the rules a proposal obeys, and the accepted ones are listed and start
 * their review cycle. Each import is kept, with what became of every row.
 */
package fi.virkaprofiili.accountimport;
