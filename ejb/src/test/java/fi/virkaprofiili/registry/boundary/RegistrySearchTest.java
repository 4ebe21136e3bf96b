package fi.virkaprofiili.registry.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words with control characters are looked for around them, never sent to the database as such. */
class RegistrySearchTest {

  private static RegistrySearch searchFor(String words) {
    return new RegistrySearch(words, null, null, null, null, 0, 25);
  }

  @Test
  void controlCharactersInTheWordsBecomeSpaces() {
    assertThat(searchFor("kirjasto\u0000nuoret").words()).isEqualTo("kirjasto nuoret");
    assertThat(searchFor("a\r\n\tb\u2028c").words()).isEqualTo("a b c");
  }

  @Test
  void wordsOfControlCharactersOnlyAreNoWords() {
    assertThat(searchFor("\u0000\u0000").words()).isNull();
  }

  @Test
  void aUnitCodeWithControlCharactersNamesNoUnitAndNoNul() {
    RegistrySearch search = new RegistrySearch(null, "culture\u0000", null, null, null, 0, 25);
    assertThat(search.unitCode()).isEqualTo("culture\uFFFD");
  }

  @Test
  void ordinaryWordsStayAsTheyAre() {
    assertThat(searchFor("Kaupungin kirjasto").words()).isEqualTo("Kaupungin kirjasto");
  }
}
