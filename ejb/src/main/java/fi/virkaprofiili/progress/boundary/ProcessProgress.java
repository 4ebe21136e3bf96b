package fi.virkaprofiili.progress.boundary;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The process of a profile, for those who may see the profile: the same people as its history
 * ({@link ProposalService#profileSeenBy}), since the diagram tells the same story.
 */
@Stateless
public class ProcessProgress {

  @Inject private ProposalService proposals;
  @Inject private RuntimeService runtimeService;
  @Inject private HistoryService historyService;
  @Inject private RepositoryService repositoryService;

  /**
   * The steps the profile's process waits at now, those it has passed and those that ended without
   * being done.
   */
  public Progress of(long profileId, @NotBlank String userId) {
    Profile profile = proposals.profileSeenBy(profileId, userId);
    HistoricProcessInstance process = process(profile);
    if (process == null) {
      return Progress.NONE;
    }
    boolean running =
        runtimeService.createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0;
    List<String> active =
        running ? runtimeService.getActiveActivityIds(process.getId()) : List.of();
    List<Progress.Visit> ended =
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(process.getId())
            .finished()
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list()
            .stream()
            .map(ProcessProgress::visit)
            .toList();
    BpmnModelInstance model =
        repositoryService.getBpmnModelInstance(process.getProcessDefinitionId());
    List<Progress.Step> current =
        active.stream().distinct().map(id -> new Progress.Step(id, nameOf(model, id))).toList();
    return Progress.of(current, ended);
  }

  /** The BPMN XML of the process definition the profile's process runs, as deployed. */
  public String diagram(long profileId, @NotBlank String userId) {
    HistoricProcessInstance process = process(proposals.profileSeenBy(profileId, userId));
    if (process == null) {
      throw new NotFoundException("error.noProcess", "Profile " + profileId + " has no process");
    }
    try (InputStream model = repositoryService.getProcessModel(process.getProcessDefinitionId())) {
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Running or ended: history keeps both, and the definition either ran on. */
  private HistoricProcessInstance process(Profile profile) {
    if (profile.getProcessInstanceId() == null) {
      return null;
    }
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceId(profile.getProcessInstanceId())
        .singleResult();
  }

  private static Progress.Visit visit(HistoricActivityInstance activity) {
    return new Progress.Visit(
        activity.getActivityId(), activity.getStartTime().toInstant(), activity.isCanceled());
  }

  private static String nameOf(BpmnModelInstance model, String id) {
    ModelElementInstance element = model.getModelElementById(id);
    String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
    return name == null ? id : name;
  }
}
