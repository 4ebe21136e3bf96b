package fi.virkaprofiili.architecture.broken.platform;

import fi.virkaprofiili.architecture.broken.alpha.boundary.Alpha;

/** The platform reaching up into a business component, as it must not. */
public class Base {

  public Alpha alpha() {
    return new Alpha();
  }
}
