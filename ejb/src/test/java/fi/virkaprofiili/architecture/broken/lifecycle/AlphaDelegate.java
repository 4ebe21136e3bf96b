package fi.virkaprofiili.architecture.broken.lifecycle;

/** A process delegate, which nothing beneath may use. */
public class AlphaDelegate {

  public void execute() {}
}
