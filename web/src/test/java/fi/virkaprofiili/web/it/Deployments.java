package fi.virkaprofiili.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the WAR the build made, not an archive assembled class by class. */
final class Deployments {

  private Deployments() {}

  static WebArchive application() {
    String war = System.getProperty("virkaprofiili.war");
    if (war == null) {
      throw new IllegalStateException("Run integration tests through Maven: virkaprofiili.war is not set");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
  }
}
