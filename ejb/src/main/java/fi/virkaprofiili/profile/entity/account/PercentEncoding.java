package fi.virkaprofiili.profile.entity.account;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/** The many spellings of one path: {@code %4B} and {@code K}, {@code ä} and {@code %C3%A4}. */
final class PercentEncoding {

  private static final String HEX = "0123456789ABCDEF";

  /** RFC 3986 characters that may stand unencoded in a path besides letters, digits and "-._~". */
  private static final String PATH_DELIMITERS = "/!$&'()*+,;=:@";

  private PercentEncoding() {}

  /**
   * RFC 3986 section 6.2.2 normalisation: escapes of unreserved characters are decoded, other
   * escapes upper-cased, and characters that may not stand raw (non-ASCII, quotes, braces) are
   * escaped. An escaped "/" stays escaped, so it never splits a segment. Empty if a "%" is not
   * followed by two hex digits.
   */
  static Optional<String> normalise(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '%') {
        int value = hexByte(raw, i + 1);
        if (value < 0) {
          return Optional.empty();
        }
        if (isUnreserved((char) value)) {
          out.append((char) value);
        } else {
          appendEscape(out, value);
        }
        i += 3;
      } else if (isUnreserved(c) || PATH_DELIMITERS.indexOf(c) >= 0) {
        out.append(c);
        i++;
      } else {
        int codePoint = raw.codePointAt(i);
        if (Character.isSurrogate((char) codePoint)) {
          return Optional.empty();
        }
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          appendEscape(out, b & 0xFF);
        }
        i += Character.charCount(codePoint);
      }
    }
    return Optional.of(out.toString());
  }

  /** The text a segment or query value stands for; bytes that are not UTF-8 become U+FFFD. */
  static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    int i = 0;
    while (i < encoded.length()) {
      int value = encoded.charAt(i) == '%' ? hexByte(encoded, i + 1) : -1;
      if (value >= 0) {
        bytes.write(value);
        i += 3;
      } else {
        int codePoint = encoded.codePointAt(i);
        bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint);
      }
    }
    return Normalizer.normalize(bytes.toString(StandardCharsets.UTF_8), Normalizer.Form.NFC);
  }

  /** For building links: keeps letters, digits, "-._~", "@" and ":"; escapes everything else. */
  static String encode(String segment) {
    StringBuilder out = new StringBuilder(segment.length());
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (isUnreserved(c) || c == '@' || c == ':') {
        out.append(c);
      } else {
        appendEscape(out, b & 0xFF);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static int hexByte(String text, int at) {
    if (at + 1 >= text.length()) {
      return -1;
    }
    int high = Character.digit(text.charAt(at), 16);
    int low = Character.digit(text.charAt(at + 1), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  private static void appendEscape(StringBuilder out, int value) {
    out.append('%').append(HEX.charAt(value >> 4)).append(HEX.charAt(value & 0xF));
  }
}
