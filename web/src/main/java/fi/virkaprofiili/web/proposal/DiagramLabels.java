package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.web.platform.JsonBuilders;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The labels of the profile lifecycle's diagram in one language, keyed by BPMN element id, from the
 * bundle {@value #BUNDLE}. The model keeps its English names, which Cockpit and the Modeler show;
 * the diagram on a profile's page puts these in their place.
 */
public final class DiagramLabels {

  public static final String BUNDLE = "fi.virkaprofiili.web.diagram";

  private DiagramLabels() {}

  /** Every label in the language (English when the language has no bundle of its own). */
  public static Map<String, String> of(Locale language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Map<String, String> labels = new TreeMap<>();
    for (String id : bundle.keySet()) {
      labels.put(id, bundle.getString(id));
    }
    return labels;
  }

  /** The label of one element, or null when it has none. */
  public static String of(String elementId, Locale language) {
    return of(language).get(elementId);
  }

  /** The labels as a JSON object, for the diagram's script. */
  public static String json(Locale language) {
    JsonObjectBuilder json = JsonBuilders.object();
    of(language).forEach(json::add);
    return json.build().toString();
  }
}
