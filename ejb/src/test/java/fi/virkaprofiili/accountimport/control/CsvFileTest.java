package fi.virkaprofiili.accountimport.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CSV as spreadsheets write it: both separators, quotes, a byte order mark, and broken files. */
class CsvFileTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("commas", "a,b\n1,2\n", ',', List.of(List.of("1", "2"))),
        Arguments.of(
            "semicolons, as Finnish Excel writes",
            "a;b\r\n1;2\r\n",
            ';',
            List.of(List.of("1", "2"))),
        Arguments.of(
            "semicolons with decimal commas in the data",
            "a;b\n2,5;x\n",
            ';',
            List.of(List.of("2,5", "x"))),
        Arguments.of(
            "byte order mark before the header",
            "\uFEFFa;b\n1;2\n",
            ';',
            List.of(List.of("1", "2"))),
        Arguments.of("quoted separator", "a,b\n\"x, y\",2\n", ',', List.of(List.of("x, y", "2"))),
        Arguments.of(
            "quoted quote",
            "a;b\n\"say \"\"hi\"\"\";2\n",
            ';',
            List.of(List.of("say \"hi\"", "2"))),
        Arguments.of(
            "line break in a quoted field",
            "a,b\n\"one\ntwo\",2\n",
            ',',
            List.of(List.of("one\ntwo", "2"))),
        Arguments.of("empty quoted field", "a,b\n\"\",2\n", ',', List.of(List.of("", "2"))),
        Arguments.of("no line break at the end", "a,b\n1,2", ',', List.of(List.of("1", "2"))),
        Arguments.of("empty fields kept", "a;b;c\n;;3\n", ';', List.of(List.of("", "", "3"))),
        Arguments.of("empty rows left out", "a;b\n;\n\n1;2\n", ';', List.of(List.of("1", "2"))),
        Arguments.of(
            "separator inside a quoted header",
            "\"a,b\";c;d\n1;2;3\n",
            ';',
            List.of(List.of("1", "2", "3"))),
        Arguments.of(
            "stray quote inside a field kept",
            "a,b\n5\" screen,2\n",
            ',',
            List.of(List.of("5\" screen", "2"))),
        Arguments.of(
            "short and long rows as written",
            "a,b\n1\n1,2,3\n",
            ',',
            List.of(List.of("1"), List.of("1", "2", "3"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsTheRowsAsWritten(
      String what, String content, char separator, List<List<String>> expected) throws Exception {
    CsvFile file = CsvFile.read(content.getBytes(StandardCharsets.UTF_8));

    assertThat(file.separator()).isEqualTo(separator);
    assertThat(file.rows()).extracting(CsvFile.Row::fields).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void headerNeverKeepsTheByteOrderMark(
      String what, String content, char separator, List<List<String>> expected) throws Exception {
    CsvFile file = CsvFile.read(content.getBytes(StandardCharsets.UTF_8));

    assertThat(file.header().get(0)).doesNotStartWith("\uFEFF");
  }

  static Stream<Arguments> rowNumbers() {
    return Stream.of(
        Arguments.of("a,b\n1,2\n3,4\n", List.of(2, 3)),
        Arguments.of("a,b\n\n1,2\n", List.of(3)),
        Arguments.of("a,b\n\"multi\nline\",2\n3,4\n", List.of(2, 3)));
  }

  /** As a spreadsheet numbers them, so that the report points at the row people see. */
  @ParameterizedTest
  @MethodSource("rowNumbers")
  void rowsAreNumberedAsInASpreadsheet(String content, List<Integer> numbers) throws Exception {
    assertThat(CsvFile.read(content.getBytes(StandardCharsets.UTF_8)).rows())
        .extracting(CsvFile.Row::number)
        .isEqualTo(numbers);
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        Arguments.of("empty file", new byte[0], "import.file.noHeader"),
        Arguments.of(
            "only a byte order mark",
            "\uFEFF".getBytes(StandardCharsets.UTF_8),
            "import.file.noHeader"),
        Arguments.of(
            "blank header", ";;\n1;2;3\n".getBytes(StandardCharsets.UTF_8), "import.file.noHeader"),
        Arguments.of(
            "Latin-1, not UTF-8",
            "a;b\nK\u00e4pyl\u00e4;2\n".getBytes(StandardCharsets.ISO_8859_1),
            "import.file.notUtf8"),
        Arguments.of(
            "quote never closed",
            "a,b\n1,2\n\"open,3\n4,5\n".getBytes(StandardCharsets.UTF_8),
            "import.file.unclosedQuote"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void refusesAFileItCannotRead(String what, byte[] content, String messageKey) {
    assertThatThrownBy(() -> CsvFile.read(content))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheRowWhereItOpens() {
    assertThatThrownBy(
            () -> CsvFile.read("a,b\n1,2\n\"open,3\n4,5\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(CsvFile.Unreadable.class, e -> assertThat(e.row()).isEqualTo(3));
  }

  static Stream<Arguments> fields() {
    return Stream.of(
        Arguments.of("plain", "plain"),
        Arguments.of("a;b", "\"a;b\""),
        Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
        Arguments.of("a,b", "a,b"));
  }

  /** What the template writes reads back as the same value. */
  @ParameterizedTest
  @MethodSource("fields")
  void fieldsAreQuotedOnlyWhenTheyMustBe(String value, String written) throws Exception {
    assertThat(CsvFile.field(value, ';')).isEqualTo(written);
    String file = "x;y\n" + CsvFile.field(value, ';') + ";end\n";
    assertThat(CsvFile.read(file.getBytes(StandardCharsets.UTF_8)).rows().get(0).fields())
        .containsExactly(value, "end");
  }
}
