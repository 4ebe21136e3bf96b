package fi.virkaprofiili.architecture.broken.alpha.control;

/** Control code, which an entity must not reach. */
public class AlphaRules {

  public boolean allows(String what) {
    return !what.isEmpty();
  }
}
