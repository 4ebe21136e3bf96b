package fi.virkaprofiili.web.camunda;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.engine.ProcessEnginesFilter;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;

/**
 * Stock ProcessEnginesFilter reads the app templates as "/app/{app}/index.html" from the
 * servlet-context root. Our static files live under /camunda/app/..., so prefix the lookups.
 */
public class CamundaProcessEnginesFilter extends ProcessEnginesFilter {

  private ServletContext servletContext;

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    super.init(filterConfig);
    this.servletContext = filterConfig.getServletContext();
  }

  @Override
  protected String getWebResourceContents(String name) throws IOException {
    return super.getWebResourceContents(prefixed(name));
  }

  @Override
  protected boolean hasWebResource(String name) {
    return super.hasWebResource(prefixed(name));
  }

  private String prefixed(String name) {
    String appPath = ServletContextUtil.getAppPath(servletContext);
    return name.startsWith(appPath + "/") ? name : appPath + name;
  }
}
