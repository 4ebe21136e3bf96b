package fi.virkaprofiili.architecture.broken.alpha.boundary;

import fi.virkaprofiili.architecture.broken.beta.boundary.Beta;
import fi.virkaprofiili.architecture.broken.lifecycle.AlphaDelegate;

/** Reaches beta, which reaches back; and reaches the lifecycle from beneath. */
public class Alpha {

  public Beta beta() {
    return new Beta();
  }

  public AlphaDelegate delegate() {
    return new AlphaDelegate();
  }
}
