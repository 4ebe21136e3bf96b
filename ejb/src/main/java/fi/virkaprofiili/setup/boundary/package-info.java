/** Setting up an approved profile: IT registers access (R8), the owner records the account (R7). */
package fi.virkaprofiili.setup.boundary;
