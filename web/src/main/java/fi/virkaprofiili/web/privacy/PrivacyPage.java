package fi.virkaprofiili.web.privacy;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.privacy.boundary.PersonalData;
import fi.virkaprofiili.privacy.boundary.PersonalDataExport;
import fi.virkaprofiili.privacy.boundary.Pseudonymisation;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * An administrator finds what is held about one person, sees how much of each kind, and downloads
 * it as a file for the person's subject access request; they can also run the pseudonymisation of
 * people who left at once instead of waiting for the night. Who may is checked in the boundaries.
 */
@Named
@ViewScoped
public class PrivacyPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PersonalData personalData;
  @Inject private Pseudonymisation pseudonymisation;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private String userId;
  private String foundFor;
  private List<Map.Entry<String, Integer>> counts = List.of();
  private transient PersonalDataExport export;

  private boolean permitted;

  /** Shows the page to administrators only; anyone else is told, and the attempt is logged. */
  public void load() {
    try {
      personalData.requireAdministrator(currentUser.getId());
      permitted = true;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
  }

  public boolean isPermitted() {
    return permitted;
  }

  public void find() {
    try {
      export = personalData.export(userId, currentUser.getId());
      foundFor = export.subjectId();
      counts = List.copyOf(export.counts().entrySet());
    } catch (BusinessException refusal) {
      export = null;
      foundFor = null;
      counts = List.of();
      messages.refusal(refusal);
    }
  }

  /** The file, made again at download so that it holds what is there at that moment. */
  public StreamedContent getFile() {
    PersonalDataExport file = personalData.export(foundFor, currentUser.getId());
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType("application/json; charset=UTF-8")
        .contentLength((long) file.json().length)
        .stream(() -> new ByteArrayInputStream(file.json()))
        .build();
  }

  public void pseudonymiseNow() {
    try {
      messages.info("privacy.pseudonymised", pseudonymisation.pseudonymiseNow(currentUser.getId()));
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
  }

  /** The retention period as the settings give it, ISO-8601 (e.g. P2Y). */
  public String getRetention() {
    try {
      return Pseudonymisation.retention().toString();
    } catch (IllegalStateException misconfigured) {
      return misconfigured.getMessage();
    }
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public String getFoundFor() {
    return foundFor;
  }

  public List<Map.Entry<String, Integer>> getCounts() {
    return counts;
  }

  public boolean isNothingFound() {
    return foundFor != null && counts.stream().allMatch(count -> count.getValue() == 0);
  }
}
