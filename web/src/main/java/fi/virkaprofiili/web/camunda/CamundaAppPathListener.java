package fi.virkaprofiili.web.camunda;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;

/**
 * Tells Camunda's webapp code (ProcessEnginesFilter, SecurityFilter, CsrfPreventionFilter) that it
 * lives under /camunda inside this WAR. Must run before the filters are initialised, so it is
 * declared as the first listener in web.xml.
 */
public class CamundaAppPathListener implements ServletContextListener {

  public static final String APP_PATH = "/camunda";

  @Override
  public void contextInitialized(ServletContextEvent sce) {
    ServletContextUtil.setAppPath(APP_PATH, sce.getServletContext());
  }
}
