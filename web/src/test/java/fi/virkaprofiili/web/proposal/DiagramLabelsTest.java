package fi.virkaprofiili.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.processes.ProfileLifecycle;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagram on a profile's page speaks the page's language: every element of the lifecycle model
 * that the diagram labels (each named flow node and sequence flow) has a label in Finnish, Swedish
 * and English, and no label is left for an element the model no longer has.
 */
class DiagramLabelsTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /** Named elements that are not drawn as a labelled shape or edge. */
  private static final Set<String> NOT_DRAWN = Set.of("process", "message", "error");

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  void everyLabelledElementOfTheModelHasALabelInTheLanguageAndNoOther(String language)
      throws Exception {
    Map<String, String> labels = DiagramLabels.of(Locale.forLanguageTag(language));

    assertThat(labels.keySet()).isEqualTo(labelledIds());
    assertThat(labels.values()).allSatisfy(label -> assertThat(label).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv"})
  void labelsAreInTheLanguageNotTheModelsEnglish(String language) {
    Map<String, String> english = DiagramLabels.of(Locale.ENGLISH);
    Map<String, String> translated = DiagramLabels.of(Locale.forLanguageTag(language));

    assertThat(translated.get(ProfileLifecycle.POST_CLOSURE_NOTICE))
        .isNotEqualTo(english.get(ProfileLifecycle.POST_CLOSURE_NOTICE));
    assertThat(translated.get(ProfileLifecycle.REVIEW_DUE))
        .isNotEqualTo(english.get(ProfileLifecycle.REVIEW_DUE));
  }

  private static Set<String> labelledIds() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document model;
    try (InputStream in =
        DiagramLabelsTest.class.getClassLoader().getResourceAsStream(ProfileLifecycle.RESOURCE)) {
      model = factory.newDocumentBuilder().parse(in);
    }
    Set<String> ids = new TreeSet<>();
    NodeList elements = model.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      if (element.hasAttribute("name") && !NOT_DRAWN.contains(element.getLocalName())) {
        ids.add(element.getAttribute("id"));
      }
    }
    assertThat(ids).as("named elements in %s", ProfileLifecycle.RESOURCE).hasSizeGreaterThan(50);
    return ids;
  }
}
