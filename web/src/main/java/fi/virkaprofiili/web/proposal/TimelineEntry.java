package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.config.DateStyle;
import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.task.boundary.TaskNames;
import fi.virkaprofiili.web.platform.Messages;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line of a profile's timeline as a sentence in the reader's language: the event's values (a
 * closing date, whether the account was closed or archived, the rules a proposal missed, who was
 * e-mailed) are worded by the bundles ({@code timeline.*}), never shown as stored. What a person
 * wrote (a reason, findings, what to change) is their own words, shown beneath as {@code why}.
 *
 * @param occurredAt when it happened
 * @param type the kind of event, for the page's styling
 * @param sentence what happened, who did it and its values, as one sentence
 * @param why a person's own words, or null
 */
public record TimelineEntry(
    Instant occurredAt, ProfileEventType type, String sentence, String why) {

  private static final Pattern IMPORT_SOURCE = Pattern.compile("(.*), row (\\d+)", Pattern.DOTALL);
  private static final Pattern ADDRESS = Pattern.compile("[^\\s(),]+@[^\\s(),]+");

  /** How history written before the timeline worded its values said these (kept readable). */
  private static final String OLD_INCOMPLETE = "Incomplete: ";

  private static final String OLD_ADOPTED = "Listed before its lifecycle was kept here";

  /** The entry for one event of a profile's history, in {@code language}. */
  public static TimelineEntry of(ProfileEvent event, Locale language) {
    return of(
        event.getOccurredAt(), event.getType(), event.getActorId(), event.getReason(), language);
  }

  /**
   * As {@link #of(ProfileEvent, Locale)}, naming units by {@code unitName} (a code to the unit's
   * name in {@code language}): a reorganisation's move and the manager's tasks that followed it.
   */
  public static TimelineEntry of(
      ProfileEvent event, Locale language, Function<String, String> unitName) {
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
    Words words =
        new Words(
            bundle,
            language,
            event.getOccurredAt(),
            event.getType(),
            actor(bundle, event.getActorId()));
    String[] values = nonNull(event.getDetail()).split(" ", 2);
    return switch (event.getType()) {
      case UNIT_CHANGED ->
          values.length == 2
              ? words.sayWhy(
                  event.getReason(), unitName.apply(values[0]), unitName.apply(values[1]))
              : words.sayWhy(event.getReason(), "", "");
      case MANAGER_TASKS_FOLLOWED -> {
        String manager = values[0];
        String tasks =
            values.length == 2
                ? Arrays.stream(values[1].split(","))
                    .map(key -> TaskNames.of(key, language))
                    .collect(Collectors.joining(", "))
                : "";
        yield event.getProfile().isProposedBy(manager)
            ? words.say("own", manager, tasks)
            : words.say(null, manager, tasks);
      }
      default -> of(event, language);
    };
  }

  /** The entry for what happened at {@code at}, with the values the history keeps of it. */
  static TimelineEntry of(
      Instant at, ProfileEventType type, String actorId, String detail, Locale language) {
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
    Words words = new Words(bundle, language, at, type, actor(bundle, actorId));
    return switch (type) {
      case REJECTED ->
          ProfileEvent.SYSTEM.equals(actorId)
              ? words.say("incomplete", stripped(detail, OLD_INCOMPLETE))
              : words.sayWhy(detail);
      case CLOSURE_ANNOUNCED -> announced(words, detail, language);
      case ACCOUNT_CLOSED ->
          "archived".equals(detail) || "closed".equals(detail)
              ? words.say(detail)
              : words.sayWhy(detail);
      case REMINDED,
          ESCALATED,
          CLOSURE_NOTIFIED,
          CLOSURE_NOTICE_REMINDED,
          CLOSURE_NOTICE_ESCALATED ->
          notice(words, detail);
      case ACCOUNT_RECORDED,
          ADMINISTRATORS_CHANGED,
          ADMINISTRATOR_LEFT,
          ADMINISTRATOR_NAMED,
          ACCESS_REVOCATION_ASKED,
          LEAVERS_ACCESS_REVOKED,
          TASK_HANDED_ON,
          OWNER_CHANGED,
          PSEUDONYMISED ->
          words.say(null, nonNull(detail));
      case IMPORTED -> imported(words, detail);
      // without the units (read by the event), a reorganisation is told without naming them
      case UNIT_CHANGED -> words.sayWhyPlain(detail);
      case MANAGER_TASKS_FOLLOWED -> words.say("plain");
      case LISTED ->
          ProfileEvent.ADOPTED.equals(detail) || OLD_ADOPTED.equals(detail)
              ? words.say("adopted")
              : words.sayWhy(detail);
      default -> words.sayWhy(detail);
    };
  }

  private static TimelineEntry announced(Words words, String detail, Locale language) {
    try {
      return words.say(null, DateStyle.day(LocalDate.parse(nonNull(detail)), language));
    } catch (DateTimeParseException e) {
      return words.say(null, nonNull(detail));
    }
  }

  /** Who a notice was e-mailed to, or that it was not e-mailed (no mail host, no address). */
  private static TimelineEntry notice(Words words, String detail) {
    Matcher addresses = ADDRESS.matcher(nonNull(detail));
    String to = addresses.results().map(m -> m.group()).collect(Collectors.joining(", "));
    return to.isEmpty() ? words.say("unsent") : words.say(null, to);
  }

  private static TimelineEntry imported(Words words, String detail) {
    Matcher source = IMPORT_SOURCE.matcher(nonNull(detail));
    return source.matches()
        ? words.say(null, source.group(1), source.group(2))
        : words.say("file", nonNull(detail));
  }

  private static String actor(ResourceBundle bundle, String actorId) {
    return ProfileEvent.SYSTEM.equals(actorId) ? bundle.getString("timeline.system") : actorId;
  }

  private static String stripped(String detail, String prefix) {
    String value = nonNull(detail);
    return value.startsWith(prefix) ? value.substring(prefix.length()) : value;
  }

  private static String nonNull(String detail) {
    return detail == null ? "" : detail;
  }

  /** The sentences of one kind of event; {0} is always who did it. */
  private record Words(
      ResourceBundle bundle, Locale language, Instant at, ProfileEventType type, String actor) {

    /** The sentence {@code timeline.TYPE.plain}, with what the person wrote beneath it. */
    TimelineEntry sayWhyPlain(String why) {
      return new TimelineEntry(
          at, type, sentence("plain"), why == null || why.isBlank() ? null : why);
    }

    /** The sentence {@code timeline.TYPE} or {@code timeline.TYPE.variant}, with its values. */
    TimelineEntry say(String variant, Object... values) {
      return new TimelineEntry(at, type, sentence(variant, values), null);
    }

    /** The sentence, with what the person wrote beneath it. */
    TimelineEntry sayWhy(String why, Object... values) {
      return new TimelineEntry(
          at, type, sentence(null, values), why == null || why.isBlank() ? null : why);
    }

    private String sentence(String variant, Object... values) {
      String key = "timeline." + type.name() + (variant == null ? "" : "." + variant);
      Object[] arguments = new Object[values.length + 1];
      arguments[0] = actor;
      System.arraycopy(values, 0, arguments, 1, values.length);
      return new MessageFormat(bundle.getString(key), language).format(arguments);
    }
  }
}
