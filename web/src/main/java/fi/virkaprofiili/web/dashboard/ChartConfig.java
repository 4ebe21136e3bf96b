package fi.virkaprofiili.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations, as PrimeFaces' {@code p:chart} takes them. Bars only: lengths compare
 * better than angles, and the colours keep 3:1 contrast against white.
 */
final class ChartConfig {

  static final List<String> COLOURS = List.of("#00407a", "#8a5a00", "#a4161a");

  private ChartConfig() {}

  /** One series of bars; horizontal when the labels are long, such as units' names. */
  static String bars(String seriesLabel, List<String> labels, List<? extends Number> values, boolean horizontal) {
    return stacked(labels, List.of(new Series(seriesLabel, values)), horizontal, false);
  }

  /** Several series stacked on each other, each with its own colour and a legend. */
  static String stacked(List<String> labels, List<Series> series, boolean horizontal, boolean legend) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      series.get(i).values().forEach(value -> data.add(value.longValue()));
      datasets.add(Json.createObjectBuilder()
          .add("label", series.get(i).label())
          .add("data", data)
          .add("backgroundColor", COLOURS.get(i % COLOURS.size())));
    }
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    boolean isStacked = series.size() > 1;
    JsonObjectBuilder countAxis = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", isStacked)
        .add("ticks", Json.createObjectBuilder().add("precision", 0));
    JsonObjectBuilder labelAxis = Json.createObjectBuilder().add("stacked", isStacked);
    JsonObjectBuilder scales = Json.createObjectBuilder()
        .add(horizontal ? "x" : "y", countAxis)
        .add(horizontal ? "y" : "x", labelAxis);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("indexAxis", horizontal ? "y" : "x")
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("scales", scales)
            .add("plugins", Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("display", legend))))
        .build()
        .toString();
  }

  record Series(String label, List<? extends Number> values) {}
}
