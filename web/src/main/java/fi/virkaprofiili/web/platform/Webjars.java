package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The webjars' files as Faces resources of the library {@code webjars} (their jars hold them under
 * {@code META-INF/resources/webjars}). The version comes from the webjar itself, so that the POM is
 * the one place that names it.
 */
@Named
@ApplicationScoped
public class Webjars {

  private static final String BPMN_JS = "META-INF/maven/org.webjars.npm/bpmn-js/pom.properties";

  private String bpmnJs;

  /** The folder of bpmn-js's bundles in the library: {@code bpmn-js/VERSION/dist}. */
  public synchronized String getBpmnJs() {
    if (bpmnJs == null) {
      bpmnJs = "bpmn-js/" + version(BPMN_JS) + "/dist";
    }
    return bpmnJs;
  }

  private static String version(String pomProperties) {
    try (InputStream in = Webjars.class.getClassLoader().getResourceAsStream(pomProperties)) {
      if (in == null) {
        throw new IllegalStateException("No " + pomProperties + ": is the webjar in the WAR?");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
