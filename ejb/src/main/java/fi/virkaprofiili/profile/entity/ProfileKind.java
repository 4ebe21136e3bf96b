package fi.virkaprofiili.profile.entity;

/**
 * The kinds of official profile the policies know: an organisation profile run by several people in
 * the name of a unit, an expert profile of one named employee, and a campaign profile with a
 * planned end (R3, R5, R11).
 */
public enum ProfileKind {
  ORGANISATION(2),
  EXPERT(1),
  CAMPAIGN(2);

  private final int minimumAdministrators;

  ProfileKind(int minimumAdministrators) {
    this.minimumAdministrators = minimumAdministrators;
  }

  /** An organisation or campaign profile always has several named administrators (R3). */
  public int minimumAdministrators() {
    return minimumAdministrators;
  }

  /** A campaign profile has a planned active period, told to its users (R11). */
  public boolean hasPlannedEnd() {
    return this == CAMPAIGN;
  }
}
