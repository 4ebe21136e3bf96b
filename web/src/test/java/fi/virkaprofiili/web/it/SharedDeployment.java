package fi.virkaprofiili.web.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment for every IT class of a test JVM (one database round): Payara Micro's managed
 * container starts a server for each deployment, some 20 to 40 seconds, so deploying per class cost
 * most of the build. The first class deploys {@link Deployments#shared()}; the others reuse that
 * deployment, so their {@code @ArquillianResource} URL and in-container calls reach the same
 * server; the server goes when the suite ends.
 *
 * <p>Ours rather than the Arquillian suite extension (org.eu.ingwar.tools), which was last released
 * for JUnit 4 and Arquillian 1.1 and finds its deployment class by scanning the class path: this is
 * the same technique in one class, against the Arquillian version the build uses.
 */
public class SharedDeployment {

  /**
   * Registered in META-INF/services; active in the ITs' rounds (web/pom.xml sets {@code it.round}),
   * not in the benchmarks, which deploy what each needs.
   */
  public static class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      if (System.getProperty("it.round") != null) {
        builder.observer(SharedDeployment.class);
      }
    }
  }

  @Inject @ClassScoped private InstanceProducer<DeploymentScenario> scenario;
  @Inject private Event<GenerateDeployment> generate;
  @Inject private Event<UnDeployManagedDeployments> undeploy;
  @Inject private Instance<ClassContext> classContext;

  private DeploymentScenario shared;
  private boolean generating;
  private boolean deployed;
  private RuntimeException deployFailure;
  private boolean ending;

  /** Every class gets the scenario made once from {@link Deployments}, not from itself. */
  public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
    if (generating) {
      event.proceed();
      return;
    }
    if (shared == null) {
      generating = true;
      try {
        generate.fire(new GenerateDeployment(new TestClass(Deployments.class)));
      } finally {
        generating = false;
      }
      shared = scenario.get();
    } else {
      scenario.set(shared);
    }
  }

  /** Deploys (starts the server) once; a failed start fails every class at once, not in turn. */
  public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
    if (deployFailure != null) {
      throw new IllegalStateException("The shared deployment failed to start", deployFailure);
    }
    if (deployed) {
      return;
    }
    try {
      event.proceed();
      deployed = true;
    } catch (RuntimeException e) {
      deployFailure = e;
      throw e;
    }
  }

  /** Classes end without undeploying; only the end of the suite does. */
  public void undeployAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> event) {
    if (ending) {
      event.proceed();
    }
  }

  public void endSuite(@Observes EventContext<AfterSuite> event) {
    if (deployed) {
      ClassContext context = classContext.get();
      context.activate(Deployments.class);
      try {
        scenario.set(shared);
        ending = true;
        undeploy.fire(new UnDeployManagedDeployments());
      } finally {
        context.deactivate();
        context.destroy(Deployments.class);
      }
    }
    event.proceed();
  }
}
