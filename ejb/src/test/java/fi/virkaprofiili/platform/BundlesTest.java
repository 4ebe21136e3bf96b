package fi.virkaprofiili.platform;

import java.util.Set;

/**
 * The bundles of this module (ValidationMessages, mail, published, tasks) keep {@link BundleRules}.
 */
class BundlesTest extends BundleRules {

  /** No key of these bundles is rightly the same in two languages. */
  @Override
  protected Set<String> sameInTwoLanguages() {
    return Set.of();
  }
}
