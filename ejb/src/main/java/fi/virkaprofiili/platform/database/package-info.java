/**
 * The application's one data source and the migrations that own its schema. Liquibase runs at
 * start-up before the process engine; no JPA schema generation.
 */
package fi.virkaprofiili.platform.database;
