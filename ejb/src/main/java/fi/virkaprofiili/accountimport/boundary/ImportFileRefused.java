package fi.virkaprofiili.accountimport.boundary;

import fi.virkaprofiili.platform.InvalidRequestException;

/**
 * The file as a whole cannot be imported (not UTF-8, no header, a column missing or unknown, too
 * large); nothing was stored. {@link #detail()} is what the message names: a column, a row.
 */
public class ImportFileRefused extends InvalidRequestException {

  private static final long serialVersionUID = 1L;
  private final String detail;

  public ImportFileRefused(String messageKey, String detail) {
    super(messageKey, "Import refused: " + messageKey + (detail == null ? "" : " " + detail));
    this.detail = detail;
  }

  public String detail() {
    return detail;
  }
}
