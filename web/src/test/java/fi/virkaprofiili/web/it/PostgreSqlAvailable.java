package fi.virkaprofiili.web.it;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the PostgreSQL round's classes only when the round has a database. It has none when the
 * build runs as root and names no server: PostgreSQL will not start as root ({@link ItDatabase}).
 * Then no class runs, Payara Micro is never started, and the build ends with one line saying the
 * round did not run and why ({@link ItBuild}), so that it never passes silently. Registered for
 * every IT class through JUnit's extension auto-detection (web/pom.xml).
 */
public final class PostgreSqlAvailable implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String why = System.getProperty(ItDatabase.UNAVAILABLE);
    return why == null
        ? ConditionEvaluationResult.enabled("the round has its database")
        : ConditionEvaluationResult.disabled("not run: " + why);
  }
}
