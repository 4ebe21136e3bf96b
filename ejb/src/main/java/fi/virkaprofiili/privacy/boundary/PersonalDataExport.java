package fi.virkaprofiili.privacy.boundary;

import java.util.Map;

/**
 * What was found about one person, as a JSON file to hand over, and how many items of each kind it
 * holds (what the administrator sees before handing it over).
 *
 * @param counts the number of items per section of the file, in the file's order
 */
public record PersonalDataExport(
    String subjectId, String fileName, byte[] json, Map<String, Integer> counts) {

  public boolean isEmpty() {
    return counts.values().stream().allMatch(count -> count == 0);
  }
}
