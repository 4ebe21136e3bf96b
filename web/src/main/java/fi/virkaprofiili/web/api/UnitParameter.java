package fi.virkaprofiili.web.api;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The {@code unit} parameter of the open data: a unit's code, or nothing. Every resource answers a
 * code no unit has with the same 400, rather than an empty answer that looks like "no profiles".
 */
@ApplicationScoped
class UnitParameter {

  /** As long as a unit's code can be (ORGANISATION_UNIT.CODE). */
  static final int MAX_LENGTH = 40;

  @Inject private OrganisationUnits units;

  /**
   * The code asked for, or {@code null} for all units; a {@link BadParameter} for anything else.
   */
  String code(String asked) {
    String code = asked == null || asked.isBlank() ? null : asked.strip();
    if (code == null) {
      return null;
    }
    if (code.length() > MAX_LENGTH) {
      throw new BadParameter("unit", "longer than " + MAX_LENGTH + " characters");
    }
    try {
      units.byCode(code);
      return code;
    } catch (NotFoundException unknown) {
      throw new BadParameter("unit", "no unit has this code");
    }
  }
}
