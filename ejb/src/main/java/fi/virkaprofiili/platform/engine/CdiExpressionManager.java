package fi.virkaprofiili.platform.engine;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Camunda's expression manager with CDI beans resolvable by name. Process variables come first, so
 * a variable never resolves to a bean of the same name.
 */
class CdiExpressionManager extends JuelExpressionManager {

  private final BeanManager beanManager;

  CdiExpressionManager(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(super.createElResolver());
    resolver.add(new CdiBeanElResolver(beanManager));
    return resolver;
  }
}
