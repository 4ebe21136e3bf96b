package fi.virkaprofiili.platform.validation;

/**
 * Which characters user text may hold. A plain loop over the characters rather than a pattern, so
 * that the check is linear in the text's length and cannot backtrack.
 */
public final class TextCharacters {

  private TextCharacters() {}

  /** No control character (C0, DEL, C1), line separator or paragraph separator; null is valid. */
  public static boolean isSingleLine(CharSequence text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** As {@link #isSingleLine}, but line breaks (CR, LF, the separators) and tabs are allowed. */
  public static boolean isPlainText(CharSequence text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return true;
  }
}
