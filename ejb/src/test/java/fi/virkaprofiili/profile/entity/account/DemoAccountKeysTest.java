package fi.virkaprofiili.profile.entity.account;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.entity.Channel;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The demo data gives each demo profile the registry's key of its account, as the registry would
 * compute it from the address; a demo address changed without its key would not be verifiable.
 */
class DemoAccountKeysTest {

  private static final Pattern URL_IN_WHERE = Pattern.compile("ACCOUNT_URL = '([^']+)'");

  @Test
  void everyDemoProfileGetsTheKeyTheRegistryComputesFromItsAddress() throws Exception {
    Map<String, String> expected = new HashMap<>();
    NodeList inserts = changelog("demo-data.xml").getElementsByTagName("insert");
    for (int i = 0; i < inserts.getLength(); i++) {
      Element insert = (Element) inserts.item(i);
      if (insert.getAttribute("tableName").equals("PROFILE")) {
        Map<String, String> columns = columns(insert);
        String url = columns.get("ACCOUNT_URL");
        // Each demo profile's account is on its own service, as every profile's must be.
        expected.put(
            url, AccountAddress.onService(url, Channel.valueOf(columns.get("CHANNEL"))).key());
      }
    }

    Map<String, String> given = new HashMap<>();
    NodeList updates = changelog("demo-account-keys.xml").getElementsByTagName("update");
    for (int i = 0; i < updates.getLength(); i++) {
      Element update = (Element) updates.item(i);
      Matcher url =
          URL_IN_WHERE.matcher(update.getElementsByTagName("where").item(0).getTextContent());
      assertThat(url.find()).as("an update names the address it keys").isTrue();
      given.put(url.group(1), columns(update).get("ACCOUNT_KEY"));
    }

    assertThat(expected).hasSize(3);
    assertThat(Set.copyOf(expected.values()))
        .as("one live profile per account: no two demo profiles share one")
        .hasSize(3);
    assertThat(given).isEqualTo(expected);
  }

  private static Map<String, String> columns(Element change) {
    Map<String, String> columns = new HashMap<>();
    NodeList nodes = change.getElementsByTagName("column");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element column = (Element) nodes.item(i);
      columns.put(column.getAttribute("name"), column.getAttribute("value"));
    }
    return columns;
  }

  private static Document changelog(String file) throws Exception {
    try (InputStream in =
        DemoAccountKeysTest.class.getResourceAsStream("/db/changelog/demo/" + file)) {
      assertThat(in).as(file).isNotNull();
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }
}
