package fi.virkaprofiili.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A person's journey through the portal in the browser. Journeys run in both database rounds: all
 * classes of a round share one server ({@link SharedDeployment}), so a journey costs only its own
 * time. {@code -Dgroups=browser-journey} or {@code -DexcludedGroups=browser-journey} picks them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BrowserJourney.TAG)
@interface BrowserJourney {
  String TAG = "browser-journey";
}
