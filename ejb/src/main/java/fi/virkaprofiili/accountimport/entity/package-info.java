/** The record of an import and of each of its rows, kept so that its report can be reopened. */
package fi.virkaprofiili.accountimport.entity;
