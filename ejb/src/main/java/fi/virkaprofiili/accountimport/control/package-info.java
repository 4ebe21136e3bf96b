/**
 * Reading the uploaded file (CSV as spreadsheets write it) into proposals, and taking each row into
 * the registry in a transaction of its own, in the background.
 */
package fi.virkaprofiili.accountimport.control;
