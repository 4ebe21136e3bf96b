package fi.virkaprofiili.web.dashboard;

import fi.virkaprofiili.web.platform.JsonBuilders;
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
  static String bars(
      String seriesLabel, List<String> labels, List<? extends Number> values, boolean horizontal) {
    return stacked(labels, List.of(new Series(seriesLabel, values)), horizontal, false);
  }

  /** Several series stacked on each other, each with its own colour and a legend. */
  static String stacked(
      List<String> labels, List<Series> series, boolean horizontal, boolean legend) {
    JsonArrayBuilder datasets = JsonBuilders.array();
    for (int i = 0; i < series.size(); i++) {
      JsonArrayBuilder data = JsonBuilders.array();
      series.get(i).values().forEach(value -> data.add(value.longValue()));
      datasets.add(
          JsonBuilders.object()
              .add("label", series.get(i).label())
              .add("data", data)
              .add("backgroundColor", COLOURS.get(i % COLOURS.size())));
    }
    JsonArrayBuilder labelArray = JsonBuilders.array();
    labels.forEach(labelArray::add);
    boolean isStacked = series.size() > 1;
    JsonObjectBuilder countAxis =
        JsonBuilders.object()
            .add("beginAtZero", true)
            .add("stacked", isStacked)
            .add("ticks", JsonBuilders.object().add("precision", 0));
    JsonObjectBuilder labelAxis = JsonBuilders.object().add("stacked", isStacked);
    JsonObjectBuilder scales =
        JsonBuilders.object()
            .add(horizontal ? "x" : "y", countAxis)
            .add(horizontal ? "y" : "x", labelAxis);
    return JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labelArray).add("datasets", datasets))
        .add(
            "options",
            JsonBuilders.object()
                .add("indexAxis", horizontal ? "y" : "x")
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add(
                    "plugins",
                    JsonBuilders.object()
                        .add("legend", JsonBuilders.object().add("display", legend))))
        .build()
        .toString();
  }

  record Series(String label, List<? extends Number> values) {}
}
