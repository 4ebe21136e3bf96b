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
 * Serves {@code handBackToManager}: the absence ends, the open tasks go back to the manager and the
 * manager is told, all in the timer's transaction.
 */
@Named(HAND_BACK_TO_MANAGER_BEAN)
@Dependent
public class HandBackToManagerDelegate implements JavaDelegate {

  @Inject private Absences absences;
  @Inject private DeputyNotices notices;

  @Override
  public void execute(DelegateExecution execution) {
    Absences.HandedOver done = absences.handBack((Long) execution.getVariable(VAR_ABSENCE_ID));
    Absence absence = done.absence();
    notices.deputyEnded(
        absence.getId(),
        done.manager(),
        absence.getUnitCode(),
        absence.getDeputyId(),
        done.tasks());
  }
}
