package fi.virkaprofiili.accountimport.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as spreadsheets write it (RFC 4180): UTF-8 with or without a byte order mark, fields
 * separated by commas or by semicolons (Finnish Excel writes semicolons, since the comma is its
 * decimal mark), quoted when they hold a separator, a quote or a line break. The separator is the
 * one the header line uses.
 */
public final class CsvFile {

  /** One line of data, numbered as a spreadsheet numbers it: the header is row 1. */
  public record Row(int number, List<String> fields) {}

  /** The file cannot be read at all; the message key says why, the row where, when known. */
  public static final class Unreadable extends Exception {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final int row;

    Unreadable(String messageKey, int row) {
      super(messageKey + (row > 0 ? " at row " + row : ""));
      this.messageKey = messageKey;
      this.row = row;
    }

    public String messageKey() {
      return messageKey;
    }

    /** The row the problem starts on, or 0 for the whole file. */
    public int row() {
      return row;
    }
  }

  private static final char BOM = '\uFEFF';

  private final char separator;
  private final List<String> header;
  private final List<Row> rows;

  private CsvFile(char separator, List<String> header, List<Row> rows) {
    this.separator = separator;
    this.header = header;
    this.rows = rows;
  }

  public static CsvFile read(byte[] content) throws Unreadable {
    String text = decode(content);
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    char separator = separatorOf(text);
    List<List<String>> records = records(text, separator);
    if (records.isEmpty() || isBlank(records.get(0))) {
      throw new Unreadable("import.file.noHeader", 1);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      // Spreadsheets leave empty rows (";;;;") behind; they are no accounts.
      if (!isBlank(records.get(i))) {
        rows.add(new Row(i + 1, records.get(i)));
      }
    }
    return new CsvFile(separator, records.get(0), rows);
  }

  private static String decode(byte[] content) throws Unreadable {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("import.file.notUtf8", 0);
    }
  }

  /** The one of comma and semicolon that the header line uses more, outside quotes. */
  static char separatorOf(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private static List<List<String>> records(String text, char separator) throws Unreadable {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    int recordStart = 1;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"' && i + 1 < length && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          inQuotes = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty() && !quoted) {
        inQuotes = true;
        quoted = true;
      } else if (c == separator) {
        record.add(field.toString());
        field.setLength(0);
        quoted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        quoted = false;
        recordStart = records.size() + 1;
      } else {
        // A quote inside an unquoted field, or text after a closing quote, is kept as written,
        // as spreadsheets do.
        field.append(c);
      }
    }
    if (inQuotes) {
      throw new Unreadable("import.file.unclosedQuote", recordStart);
    }
    if (!field.isEmpty() || !record.isEmpty() || quoted) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  /** A value as a field of a file with this separator, quoted when it must be. */
  public static String field(String value, char separator) {
    if (value.indexOf(separator) < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static boolean isBlank(List<String> record) {
    return record.stream().allMatch(String::isBlank);
  }

  public char separator() {
    return separator;
  }

  public List<String> header() {
    return header;
  }

  /** The data rows, empty ones left out. */
  public List<Row> rows() {
    return rows;
  }
}
