package fi.virkaprofiili.architecture.broken.profile.control;

import fi.virkaprofiili.architecture.broken.alpha.boundary.Alpha;

/** The kernel reaching up into a step component, as it must not. */
public class KernelThing {

  public Alpha alpha() {
    return new Alpha();
  }
}
