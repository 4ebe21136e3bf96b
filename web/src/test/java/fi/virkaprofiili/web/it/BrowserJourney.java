package fi.virkaprofiili.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A person's journey through the portal in the browser. Journeys run on the embedded H2 only
 * (web/pom.xml leaves the tag out of the PostgreSQL round): what they do reaches the database
 * through the same boundaries that the in-container ITs prove on PostgreSQL. With one server per
 * round a journey no longer costs a start, but the journeys' own time is most of a round's (about
 * five of the H2 round's seven minutes on two cores, against under two minutes for the whole
 * PostgreSQL round), which would put the build past CI's twelve minutes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BrowserJourney.TAG)
@interface BrowserJourney {
  String TAG = "browser-journey";
}
