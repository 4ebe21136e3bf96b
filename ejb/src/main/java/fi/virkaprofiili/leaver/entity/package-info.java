/** Who left, when, why and who said so; and how a person is recognised on a profile. */
package fi.virkaprofiili.leaver.entity;
