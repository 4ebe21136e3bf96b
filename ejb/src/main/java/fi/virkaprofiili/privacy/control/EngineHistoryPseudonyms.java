package fi.virkaprofiili.privacy.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The engine's history of a closed profile's process gives the same pseudonym for a person who
 * left: who was given its tasks, who started it, who wrote its comments, who changed it in Cockpit,
 * and the variables that name them (the proposer, the unit's manager, the expert). The engine has
 * no API to change its history, so these are updates of its history tables, made in the transaction
 * of the profile's own change so that both happen or neither. Comments' text is left as written
 * (see docs/privacy.md).
 */
@Stateless
public class EngineHistoryPseudonyms {

  /** Each history column that holds a user id, with the column naming its process instance. */
  private static final List<String[]> USER_COLUMNS =
      List.of(
          new String[] {"ACT_HI_PROCINST", "START_USER_ID_", "PROC_INST_ID_"},
          new String[] {"ACT_HI_TASKINST", "ASSIGNEE_", "PROC_INST_ID_"},
          new String[] {"ACT_HI_TASKINST", "OWNER_", "PROC_INST_ID_"},
          new String[] {"ACT_HI_ACTINST", "ASSIGNEE_", "PROC_INST_ID_"},
          new String[] {"ACT_HI_IDENTITYLINK", "USER_ID_", "ROOT_PROC_INST_ID_"},
          new String[] {"ACT_HI_IDENTITYLINK", "ASSIGNER_ID_", "ROOT_PROC_INST_ID_"},
          new String[] {"ACT_HI_COMMENT", "USER_ID_", "PROC_INST_ID_"},
          new String[] {"ACT_HI_OP_LOG", "USER_ID_", "PROC_INST_ID_"},
          new String[] {"ACT_HI_VARINST", "TEXT_", "PROC_INST_ID_"},
          new String[] {"ACT_HI_DETAIL", "TEXT_", "PROC_INST_ID_"});

  @PersistenceContext private EntityManager em;

  /** Returns how many history rows named the person. */
  public int pseudonymise(String processInstanceId, String userId, String pseudonym) {
    if (processInstanceId == null) {
      return 0;
    }
    int rows = 0;
    for (String[] column : USER_COLUMNS) {
      rows +=
          em.createNativeQuery(
                  "update "
                      + column[0]
                      + " set "
                      + column[1]
                      + " = ? where "
                      + column[2]
                      + " = ? and "
                      + column[1]
                      + " = ?")
              .setParameter(1, pseudonym)
              .setParameter(2, processInstanceId)
              .setParameter(3, userId)
              .executeUpdate();
    }
    return rows;
  }
}
