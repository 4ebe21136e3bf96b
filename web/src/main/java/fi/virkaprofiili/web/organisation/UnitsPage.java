package fi.virkaprofiili.web.organisation;

import fi.virkaprofiili.organisation.boundary.UnitForm;
import fi.virkaprofiili.organisation.boundary.UnitStructure;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The organisation's units as a tree, and a new unit: its code, names, the unit above it, its
 * manager and why. Who may is checked in {@link UnitStructure}; this page only shows the refusal.
 */
@Named
@ViewScoped
public class UnitsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UnitStructure structure;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private List<OrganisationUnit> units = List.of();
  private List<UnitStructure.Manager> managers = List.of();
  private final UnitForm form = new UnitForm();

  /** Someone who may not change the structure is told so and sent to the front page. */
  public String load() {
    try {
      units = structure.tree(currentUser.getId());
      managers = structure.managers(currentUser.getId());
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/index.xhtml?faces-redirect=true";
    }
  }

  public String create() {
    try {
      OrganisationUnit created = structure.create(form, currentUser.getId());
      messages.info("units.created", created.getCode());
      return "/portal/units/unit.xhtml?faces-redirect=true&code=" + created.getCode();
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  public List<OrganisationUnit> getUnits() {
    return units;
  }

  public List<UnitStructure.Manager> getManagers() {
    return managers;
  }

  public UnitForm getForm() {
    return form;
  }

  public int getNameMaxLength() {
    return fi.virkaprofiili.profile.entity.UnitNames.MAX;
  }

  public int getReasonMaxLength() {
    return OrganisationUnit.REASON_MAX;
  }
}
