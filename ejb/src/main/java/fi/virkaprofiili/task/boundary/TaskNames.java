package fi.virkaprofiili.task.boundary;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The name of each kind of task in Finnish, Swedish and English, kept in one bundle beside this
 * class ({@value #BUNDLE}): the portal's pages show it (as {@code taskName} in their expressions)
 * and the task e-mail writes it, so a name is changed or translated once.
 */
public final class TaskNames {

  public static final String BUNDLE = "fi.virkaprofiili.task.boundary.tasks";

  private TaskNames() {}

  /**
   * The task's name in the language; its BPMN id when it has none, for a task added to a model
   * later.
   */
  public static String of(String taskKey, Locale language) {
    try {
      return bundle(language).getString(taskKey);
    } catch (MissingResourceException e) {
      return taskKey;
    }
  }

  /** Whether the kind of task has a name. */
  public static boolean isNamed(String taskKey, Locale language) {
    return bundle(language).containsKey(taskKey);
  }

  /** English is the base bundle: no fallback to the server's own locale on the way there. */
  private static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
