package fi.virkaprofiili.leaver.boundary;

import java.util.List;

/**
 * What marking a person as left did: the profiles they were taken off, those of them now below
 * their minimum of administrators (R3), the profiles whose access IT is to revoke, those they owned
 * that the unit's manager owns now, their proposals withdrawn since they were not yet decided, the
 * expert profiles that spoke for them and now go to a closure decision (R5), and how many of their
 * tasks were handed on.
 */
public record Departed(
    String userId,
    String fullName,
    List<String> administered,
    List<String> belowMinimum,
    List<String> accessToRevoke,
    List<String> ownedNowByTheManager,
    List<String> proposalsWithdrawn,
    List<String> expertProfilesToClose,
    int tasksHandedOn) {}
