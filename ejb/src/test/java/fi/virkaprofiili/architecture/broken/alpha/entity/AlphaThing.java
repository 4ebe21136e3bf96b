package fi.virkaprofiili.architecture.broken.alpha.entity;

import fi.virkaprofiili.architecture.broken.alpha.control.AlphaRules;

/** An entity that asks its control, as entities must not. */
public class AlphaThing {

  public boolean change(String what) {
    return new AlphaRules().allows(what);
  }
}
