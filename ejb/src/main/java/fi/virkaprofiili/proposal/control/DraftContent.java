package fi.virkaprofiili.proposal.control;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.entity.Draft;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.logging.Logger;

/**
 * A draft's content as JSON of the proposal's fields. Fields, not getters: the rule checks ({@code
 * isEnoughAdministrators()} and the like) are not content. JSON rather than Java serialisation, so
 * that a draft saved before a release still opens after it, and a field added later is simply
 * empty.
 */
public final class DraftContent {

  private static final Jsonb JSON =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(false)
              .withPropertyVisibilityStrategy(
                  new PropertyVisibilityStrategy() {
                    @Override
                    public boolean isVisible(Field field) {
                      return isOurs(field.getDeclaringClass());
                    }

                    @Override
                    public boolean isVisible(Method method) {
                      return !isOurs(method.getDeclaringClass())
                          && Modifier.isPublic(method.getModifiers());
                    }
                  }));

  private DraftContent() {}

  private static boolean isOurs(Class<?> type) {
    return type.getPackageName().startsWith("fi.virkaprofiili.");
  }

  public static String write(Proposal proposal) {
    String content = JSON.toJson(proposal);
    if (content.length() > Draft.CONTENT_MAX) {
      throw new InvalidRequestException(
          "error.draftTooLarge", "Draft of " + content.length() + " characters");
    }
    return content;
  }

  /** What the author wrote; a draft that no longer reads (it was tampered with) starts afresh. */
  public static Proposal read(String content) {
    try {
      Proposal proposal = JSON.fromJson(content, Proposal.class);
      return proposal == null ? new Proposal() : proposal;
    } catch (JsonbException unreadable) {
      Logger.getLogger(DraftContent.class.getName())
          .warning("A draft could not be read and starts empty: " + unreadable.getMessage());
      return new Proposal();
    }
  }
}
