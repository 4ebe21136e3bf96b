package fi.virkaprofiili.web.organisation;

import fi.virkaprofiili.organisation.boundary.Absences;
import fi.virkaprofiili.organisation.boundary.UnitStructure;
import fi.virkaprofiili.organisation.entity.Absence;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A manager (or an administrator for them) records an absence and the deputy who decides for the
 * unit meanwhile, and sees the unit's absences. Who may is checked in {@link Absences}; the page is
 * offered to managers and administrators only.
 */
@Named
@ViewScoped
public class AbsencePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Absences absences;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private Violations violations;

  /** Not validated here: it is also the page's view parameter, and load() chooses one always. */
  private String unitCode;

  @NotBlank(message = "{absence.deputy.required}")
  private String deputyId;

  @NotNull(message = "{absence.firstDay.required}")
  private LocalDate firstDay;

  @NotNull(message = "{absence.lastDay.required}")
  private LocalDate lastDay;

  @NotBlank(message = "{absence.reason.required}")
  @Size(max = Absence.REASON_MAX, message = "{proposal.text.size}")
  private String reason;

  private List<OrganisationUnit> units;
  private List<UnitStructure.Manager> deputies;
  private List<Absence> unitAbsences;

  /** Anyone who manages no unit and is no administrator is told so and sent to the front page. */
  public String load() {
    try {
      units = absences.unitsFor(currentUser.getId());
      if (unitCode == null || units.stream().noneMatch(u -> u.getCode().equals(unitCode))) {
        unitCode = units.get(0).getCode();
      }
      unitChosen();
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/index.xhtml?faces-redirect=true";
    }
  }

  /** The deputies and absences of the unit chosen. */
  public void unitChosen() {
    deputies = absences.deputiesFor(currentUser.getId(), unitCode);
    unitAbsences = absences.of(currentUser.getId(), unitCode);
  }

  public String save() {
    if (!violations.isValid(this)) {
      return null;
    }
    try {
      Absence absence =
          absences.record(unitCode, deputyId, firstDay, lastDay, reason, currentUser.getId());
      messages.info(
          "absence.recorded", absence.getDeputyId(), absence.getFirstDay(), absence.getLastDay());
      return "/portal/absence.xhtml?faces-redirect=true&unit=" + unitCode;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  /** The absence never starts, or ends now; what is open goes back to the manager. */
  public String callOff(long absenceId) {
    try {
      Absences.HandedOver done = absences.callOff(absenceId, currentUser.getId());
      messages.info("absence.calledOff", done.tasks());
      return "/portal/absence.xhtml?faces-redirect=true&unit=" + unitCode;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  public List<OrganisationUnit> getUnits() {
    return units;
  }

  public List<UnitStructure.Manager> getDeputies() {
    return deputies;
  }

  public List<Absence> getAbsences() {
    return unitAbsences;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getDeputyId() {
    return deputyId;
  }

  public void setDeputyId(String deputyId) {
    this.deputyId = deputyId;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getReasonMaxLength() {
    return Absence.REASON_MAX;
  }
}
