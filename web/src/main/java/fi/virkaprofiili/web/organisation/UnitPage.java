package fi.virkaprofiili.web.organisation;

import fi.virkaprofiili.organisation.boundary.UnitForm;
import fi.virkaprofiili.organisation.boundary.UnitStructure;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.UnitEvent;
import fi.virkaprofiili.profile.entity.UnitNames;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One unit: change its names, the unit above it and its manager, each with why; move some of its
 * profiles to another unit in a reorganisation; read its history. The boundary checks who may.
 */
@Named
@ViewScoped
public class UnitPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UnitStructure structure;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private String code;
  private OrganisationUnit unit;
  private UnitForm form;
  private List<OrganisationUnit> units = List.of();
  private List<UnitStructure.Manager> managers = List.of();
  private List<Profile> profiles = List.of();
  private List<UnitEvent> history = List.of();
  private List<Long> selected = new ArrayList<>();
  private String moveTo;
  private String moveWhy;

  /** Someone who may not, or an unknown unit, is told so and sent on. */
  public String load() {
    if (code == null || code.isBlank()) {
      messages.error("error.unknownUnit");
      return "/portal/units/index.xhtml?faces-redirect=true";
    }
    try {
      unit = structure.unit(currentUser.getId(), code);
      form = UnitForm.of(unit);
      units = structure.tree(currentUser.getId());
      managers = structure.managers(currentUser.getId());
      profiles = structure.profilesOf(currentUser.getId(), code);
      history = structure.history(currentUser.getId(), code);
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/index.xhtml?faces-redirect=true";
    }
  }

  public String save() {
    try {
      structure.change(code, form, currentUser.getId());
      messages.info("unit.saved");
      return again();
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  public String move() {
    if (selected == null || selected.isEmpty()) {
      messages.error("unit.move.none");
      return null;
    }
    try {
      UnitStructure.Moved moved = structure.move(selected, moveTo, moveWhy, currentUser.getId());
      messages.info("unit.moved", moved.profiles(), moved.tasks(), moved.manager());
      if (!moved.ownProposals().isEmpty()) {
        messages.info(
            "unit.moved.ownProposals", moved.manager(), String.join(", ", moved.ownProposals()));
      }
      return again();
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  private String again() {
    return "/portal/units/unit.xhtml?faces-redirect=true&code=" + code;
  }

  /**
   * One line of the history in the page's language: who did what, with the values of the change.
   */
  public String sentence(UnitEvent event) {
    return messages.text(
        "unitHistory." + event.getType().name(),
        event.getActorId(),
        event.getType() == fi.virkaprofiili.profile.entity.UnitEventType.PARENT_CHANGED
            ? parentName(event.getDetail())
            : event.getDetail() == null ? "" : event.getDetail());
  }

  private String parentName(String parentCode) {
    if (parentCode == null) {
      return messages.text("units.top");
    }
    return units.stream()
        .filter(u -> u.getCode().equals(parentCode))
        .findFirst()
        .map(u -> u.name(locale()))
        .orElse(parentCode);
  }

  /** The units this one can be placed under: any but itself. */
  public List<OrganisationUnit> getParents() {
    return units.stream().filter(u -> !u.getCode().equals(code)).toList();
  }

  public String name(OrganisationUnit of) {
    return of.name(locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public OrganisationUnit getUnit() {
    return unit;
  }

  public UnitForm getForm() {
    return form;
  }

  public List<OrganisationUnit> getUnits() {
    return units;
  }

  public List<UnitStructure.Manager> getManagers() {
    return managers;
  }

  public List<Profile> getProfiles() {
    return profiles;
  }

  public List<UnitEvent> getHistory() {
    return history;
  }

  public List<Long> getSelected() {
    return selected;
  }

  public void setSelected(List<Long> selected) {
    this.selected = selected;
  }

  public String getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }

  public String getMoveWhy() {
    return moveWhy;
  }

  public void setMoveWhy(String moveWhy) {
    this.moveWhy = moveWhy;
  }

  public int getNameMaxLength() {
    return UnitNames.MAX;
  }

  public int getReasonMaxLength() {
    return OrganisationUnit.REASON_MAX;
  }
}
