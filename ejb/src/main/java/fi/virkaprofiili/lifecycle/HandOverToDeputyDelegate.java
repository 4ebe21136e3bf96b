package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ManagerAway.*;

import fi.virkaprofiili.notice.boundary.DeputyNotices;
import fi.virkaprofiili.organisation.boundary.Absences;
import fi.virkaprofiili.organisation.entity.Absence;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code handOverToDeputy}: the absence starts, the deputy gets the unit's decisions and the
 * manager is told, all in the timer's transaction.
 */
@Named(HAND_OVER_TO_DEPUTY_BEAN)
@Dependent
public class HandOverToDeputyDelegate implements JavaDelegate {

  @Inject private Absences absences;
  @Inject private DeputyNotices notices;

  @Override
  public void execute(DelegateExecution execution) {
    Absences.HandedOver done = absences.handOver((Long) execution.getVariable(VAR_ABSENCE_ID));
    Absence absence = done.absence();
    notices.deputyStarted(
        absence.getId(),
        done.manager(),
        absence.getUnitCode(),
        absence.getDeputyId(),
        absence.getFirstDay(),
        absence.getLastDay(),
        done.tasks());
  }
}
