package fi.virkaprofiili.web.it;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a class that drives Chromium only where Chromium and chromedriver are installed. Elsewhere
 * (a machine with only a JDK) the class does not run and is recorded, and the build ends with one
 * line naming every such class ({@link ItBuild}), so that a missing browser never passes silently.
 * {@code -Dit.browser.required=true} (CI) runs the class anyway, so that it fails there instead.
 */
final class BrowserAvailable implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Boolean.getBoolean("it.browser.required") || Browser.available()) {
      return ConditionEvaluationResult.enabled("the browser is installed");
    }
    if (context.getTestMethod().isEmpty()) {
      context.getTestClass().ifPresent(ItBuild::recordNotRun);
    }
    return ConditionEvaluationResult.disabled("not run: it needs " + Browser.looksFor());
  }
}
