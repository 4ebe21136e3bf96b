/** Task forms of setting up an approved profile: IT's access and the account's address. */
package fi.virkaprofiili.web.setup;
