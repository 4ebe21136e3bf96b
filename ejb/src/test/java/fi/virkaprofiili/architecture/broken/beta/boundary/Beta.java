package fi.virkaprofiili.architecture.broken.beta.boundary;

import fi.virkaprofiili.architecture.broken.alpha.boundary.Alpha;

/** Reaches alpha, which reaches back. */
public class Beta {

  public Alpha alpha() {
    return new Alpha();
  }
}
