package fi.virkaprofiili.platform.engine;

import fi.virkaprofiili.processes.FakeProfileReport;
import fi.virkaprofiili.processes.ProfileLifecycle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Tells the application of every user task given to someone, in every process deployed, without a
 * listener in the BPMN: a parse listener adds one to each user task as it is deployed. The news is
 * passed on inside the transaction that gives the task, so that what its listeners write (the
 * e-mail in the outbox) commits or rolls back with the task; a listener that fails fails the step.
 */
public class TaskAssignmentPlugin extends AbstractProcessEnginePlugin {

  private final Consumer<TaskAssigned> listeners;

  /** {@code listeners} hear of each assignment in the transaction that makes it. */
  public TaskAssignmentPlugin(Consumer<TaskAssigned> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPreBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(
                  Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition =
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                TaskListener listener = TaskAssignmentPlugin.this::notify;
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
              }
            });
  }

  private void notify(DelegateTask task) {
    // A later assignment to nobody (a claim given back) gives the task to no one new.
    if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())
        && task.getAssignee() == null) {
      return;
    }
    // A task created for a person is announced once, by the assignment event that the engine fires
    // right after the creation event (TaskEntity.transitionTo(CREATED)). Heard at both, its e-mail
    // was looked up twice: the person, their preferences, the profile and the outbox (issue 16).
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.getAssignee() != null) {
      return;
    }
    Set<String> groups = new LinkedHashSet<>();
    Set<String> users = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
    }
    listeners.accept(
        new TaskAssigned(
            task.getId(),
            task.getTaskDefinitionKey(),
            task.getAssignee(),
            groups,
            users,
            processVariable(task, ProfileLifecycle.VAR_PROFILE_ID),
            processVariable(task, FakeProfileReport.VAR_REPORT_ID)));
  }

  /**
   * A variable the process was started with. Read from the process instance alone: looking it up
   * from the task goes through every scope in between (the set-up branches, the profile-in-use
   * subprocess), and loads each scope's variables with a query of its own.
   */
  private static Long processVariable(DelegateTask task, String name) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      return (Long) task.getVariable(name);
    }
    return (Long) execution.getProcessInstance().getVariableLocal(name);
  }
}
