package fi.virkaprofiili.leaver.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.entity.Administrator;
import org.junit.jupiter.api.Test;

/** How a person is recognised among a profile's administrators and in IT's access register. */
class PersonTest {

  private final Person sanna = new Person("sanna", "Sanna", "Suunnittelija", "Sanna@Example.org");

  @Test
  void anAdministratorWithAnAddressIsThePersonByAddressOnly() {
    assertThat(sanna.isAdministrator(new Administrator("S. S.", "Librarian", "sanna@example.org")))
        .isTrue();
    assertThat(
            sanna.isAdministrator(
                new Administrator("Sanna Suunnittelija", "Librarian", "other@example.org")))
        .as("a namesake with another address is someone else")
        .isFalse();
  }

  @Test
  void anAdministratorWithoutAnAddressIsThePersonByName() {
    assertThat(sanna.isAdministrator(new Administrator("sanna  suunnittelija", "Librarian")))
        .isTrue();
    assertThat(sanna.isAdministrator(new Administrator("Sanna Virtanen", "Librarian"))).isFalse();
  }

  @Test
  void accessIsThePersonsWhenItNamesTheirIdAddressOrName() {
    assertThat(sanna.holdsAccessBy("ilkka (admin), sanna (editor)")).isTrue();
    assertThat(sanna.holdsAccessBy("Editors: sanna@example.org")).isTrue();
    assertThat(sanna.holdsAccessBy("Sanna Suunnittelija via Business Manager")).isTrue();
    assertThat(sanna.holdsAccessBy("susanna (editor), IT admin account"))
        .as("a user id inside another word is not the person")
        .isFalse();
    assertThat(sanna.holdsAccessBy(null)).isFalse();
  }

  @Test
  void aPersonWithoutANameIsCalledByTheirUserId() {
    assertThat(new Person("x1", null, " ", null).fullName()).isEqualTo("x1");
  }
}
