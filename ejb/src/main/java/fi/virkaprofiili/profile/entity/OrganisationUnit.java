package fi.virkaprofiili.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/** A unit of the organisation that owns profiles. Its manager decides for it (R4). */
@Entity
@Table(name = "ORGANISATION_UNIT")
public class OrganisationUnit {

  @Id
  @Column(name = "CODE")
  private String code;

  @Column(name = "NAME_FI", nullable = false)
  private String nameFi;

  @Column(name = "NAME_SV", nullable = false)
  private String nameSv;

  @Column(name = "NAME_EN", nullable = false)
  private String nameEn;

  @Column(name = "MANAGER_ID", nullable = false)
  private String managerId;

  protected OrganisationUnit() {}

  public OrganisationUnit(
      String code, String nameFi, String nameSv, String nameEn, String managerId) {
    this.code = Objects.requireNonNull(code);
    this.nameFi = Objects.requireNonNull(nameFi);
    this.nameSv = Objects.requireNonNull(nameSv);
    this.nameEn = Objects.requireNonNull(nameEn);
    this.managerId = Objects.requireNonNull(managerId);
  }

  public boolean isManagedBy(String userId) {
    return managerId.equals(userId);
  }

  public String name(Locale locale) {
    return switch (locale.getLanguage()) {
      case "sv" -> nameSv;
      case "en" -> nameEn;
      default -> nameFi;
    };
  }

  public String getCode() {
    return code;
  }

  public String getManagerId() {
    return managerId;
  }
}
