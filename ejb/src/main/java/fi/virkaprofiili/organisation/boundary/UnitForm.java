package fi.virkaprofiili.organisation.boundary;

import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.platform.validation.SingleLine;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.UnitNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A unit as an administrator or communications writes it: code (only when created), names in fi, sv
 * and en, the unit above it (none: at the top), its manager, and why.
 */
public class UnitForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Checked when a unit is created ({@link OrganisationUnit#CODE}); a unit's code never changes,
   * and a unit made before the portal kept units may have another form of code.
   */
  @Size(max = OrganisationUnit.CODE_MAX)
  private String code;

  @NotBlank
  @SingleLine
  @Size(max = UnitNames.MAX)
  private String nameFi;

  @NotBlank
  @SingleLine
  @Size(max = UnitNames.MAX)
  private String nameSv;

  @NotBlank
  @SingleLine
  @Size(max = UnitNames.MAX)
  private String nameEn;

  @Size(max = OrganisationUnit.CODE_MAX)
  @SingleLine
  private String parentCode;

  @NotBlank
  @SingleLine
  @Size(max = 64)
  private String managerId;

  @NotBlank
  @PlainText
  @Size(max = OrganisationUnit.REASON_MAX)
  private String why;

  public UnitForm() {}

  /** The form filled with what the unit is now, for a change; the reason is left to write. */
  public static UnitForm of(OrganisationUnit unit) {
    UnitForm form = new UnitForm();
    form.code = unit.getCode();
    form.nameFi = unit.getNames().fi();
    form.nameSv = unit.getNames().sv();
    form.nameEn = unit.getNames().en();
    form.parentCode = unit.parentCode();
    form.managerId = unit.getManagerId();
    return form;
  }

  UnitNames names() {
    return new UnitNames(nameFi, nameSv, nameEn);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameFi() {
    return nameFi;
  }

  public void setNameFi(String nameFi) {
    this.nameFi = nameFi;
  }

  public String getNameSv() {
    return nameSv;
  }

  public void setNameSv(String nameSv) {
    this.nameSv = nameSv;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getParentCode() {
    return parentCode;
  }

  public void setParentCode(String parentCode) {
    this.parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode;
  }

  public String getManagerId() {
    return managerId;
  }

  public void setManagerId(String managerId) {
    this.managerId = managerId;
  }

  public String getWhy() {
    return why;
  }

  public void setWhy(String why) {
    this.why = why;
  }
}
