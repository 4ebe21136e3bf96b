package fi.virkaprofiili.web.leaver;

import fi.virkaprofiili.leaver.boundary.Departed;
import fi.virkaprofiili.leaver.boundary.Leavers;
import fi.virkaprofiili.leaver.entity.Departure;
import fi.virkaprofiili.leaver.entity.Person;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * An administrator marks a person as left: chooses the person, says why, sees what it means and
 * confirms. Who may is checked in {@link Leavers}; the page only shows it to administrators.
 */
@Named
@ViewScoped
public class LeaversPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Leavers leavers;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private Violations violations;

  @NotBlank(message = "{leaver.person.required}")
  private String userId;

  @NotBlank(message = "{leaver.reason.required}")
  @Size(max = Departure.REASON_MAX, message = "{proposal.text.size}")
  private String reason;

  private boolean confirming;
  private List<Person> people;
  private List<Departure> departures;

  /** Anyone but an administrator is told so and sent to the front page. */
  public String load() {
    try {
      people = leavers.people(currentUser.getId());
      departures = leavers.departures(currentUser.getId());
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/index.xhtml?faces-redirect=true";
    }
  }

  /** The form is complete: ask to confirm, naming the person. */
  public void review() {
    if (violations.isValid(this)) {
      confirming = true;
    }
  }

  public void cancel() {
    confirming = false;
  }

  public String confirm() {
    try {
      Departed done = leavers.markLeft(currentUser.getId(), userId, reason);
      messages.info(
          "leavers.done",
          done.fullName(),
          done.administered().size(),
          done.belowMinimum().size(),
          done.accessToRevoke().size(),
          done.tasksHandedOn(),
          done.proposalsWithdrawn().size(),
          done.expertProfilesToClose().size());
      return "/portal/leavers.xhtml?faces-redirect=true";
    } catch (BusinessException refusal) {
      confirming = false;
      messages.refusal(refusal);
      return null;
    }
  }

  /** The chosen person's name, for the confirmation. */
  public String getChosenName() {
    return people == null
        ? userId
        : people.stream()
            .filter(person -> person.userId().equals(userId))
            .map(person -> person.fullName() + " (" + person.userId() + ")")
            .findFirst()
            .orElse(userId);
  }

  public List<Person> getPeople() {
    return people;
  }

  public List<Departure> getDepartures() {
    return departures;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getReasonMaxLength() {
    return Departure.REASON_MAX;
  }
}
