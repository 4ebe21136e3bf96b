package fi.virkaprofiili.profile.entity;

import fi.virkaprofiili.platform.InvalidRequestException;

/** A unit cannot be placed under itself or under a unit beneath it: the hierarchy has no loops. */
public class UnitCycle extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  UnitCycle(String code, String parentCode) {
    super(
        "unit.cycle",
        "Unit " + code + " cannot be placed under " + parentCode + ", which is beneath it",
        parentCode);
  }
}
