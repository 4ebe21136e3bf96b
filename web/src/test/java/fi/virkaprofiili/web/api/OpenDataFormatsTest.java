package fi.virkaprofiili.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenDataFormatsTest {

  @ParameterizedTest(name = "{0} is written as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kaupunginkirjasto|\"Kaupunginkirjasto\"",
        "Say \"hi\"|\"Say \"\"hi\"\"\"",
        "=HYPERLINK(\"http://evil\")|\"'=HYPERLINK(\"\"http://evil\"\")\"",
        "+358 40 123|\"'+358 40 123\"",
        "-1|\"'-1\"",
        "@kaupunki|\"'@kaupunki\""
      })
  void csvCellsAreQuotedAndNeverFormulas(String value, String written) {
    assertThat(ExportResource.cell(value)).isEqualTo(written);
  }

  @Test
  void csvLinesEndAsTheStandardSays() {
    assertThat(ExportResource.line(List.of("a", "b,c"))).isEqualTo("\"a\",\"b,c\"\r\n");
  }

  @Test
  void xmlTextCannotOpenElementsOrCarryForbiddenCharacters() {
    assertThat(Xml.escape("<script>alert('x')</script> & \"q\"\u0001"))
        .isEqualTo("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;");
  }
}
