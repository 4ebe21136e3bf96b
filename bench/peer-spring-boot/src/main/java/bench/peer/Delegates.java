package bench.peer;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans named as the product's delegates (processes module, bound by CDI name there), each only
 * setting a variable of its own name: the engine does the same work on both sides, and what the
 * product's delegates do beyond that is the product's business, not the engine's.
 */
@Configuration
public class Delegates {

  private static JavaDelegate setsItsName(String name) {
    return execution -> execution.setVariable(name + "Done", Boolean.TRUE);
  }

  @Bean
  JavaDelegate announceClosureInRegistry() {
    return setsItsName("announceClosureInRegistry");
  }

  @Bean
  JavaDelegate checkCompleteness() {
    return setsItsName("checkCompleteness");
  }

  @Bean
  JavaDelegate escalateClosureNotice() {
    return setsItsName("escalateClosureNotice");
  }

  @Bean
  JavaDelegate escalateDecision() {
    return setsItsName("escalateDecision");
  }

  @Bean
  JavaDelegate markClosed() {
    return setsItsName("markClosed");
  }

  @Bean
  JavaDelegate notifyClosure() {
    return setsItsName("notifyClosure");
  }

  @Bean
  JavaDelegate publishListing() {
    return setsItsName("publishListing");
  }

  @Bean
  JavaDelegate recordNoticeNotConfirmed() {
    return setsItsName("recordNoticeNotConfirmed");
  }

  @Bean
  JavaDelegate recordReportOutcome() {
    return setsItsName("recordReportOutcome");
  }

  @Bean
  JavaDelegate remindClosureNotice() {
    return setsItsName("remindClosureNotice");
  }

  @Bean
  JavaDelegate remindInvestigators() {
    return setsItsName("remindInvestigators");
  }

  @Bean
  JavaDelegate sendDecisionReminder() {
    return setsItsName("sendDecisionReminder");
  }

  @Bean
  Deadlines deadlines() {
    return new Deadlines();
  }
}
