package fi.virkaprofiili.web.camunda;

import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * The Camunda REST API (what camunda-engine-rest-jakarta's DefaultApplication would give):
 * /engine-rest/process-definition ... for the default engine and /engine-rest/engine/{name}/...
 * No @ApplicationPath on purpose: it is bound to /engine-rest/* by web.xml only.
 */
public class CamundaEngineRestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>();
    classes.addAll(CamundaRestResources.getResourceClasses());
    classes.addAll(CamundaRestResources.getConfigurationClasses());
    return classes;
  }
}
