package fi.virkaprofiili.accountimport.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import's record counts each row once and is finished when every row is done. */
class AccountImportTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void countsEachOutcomeAndFinishesWithTheLastRow() {
    AccountImport accountImport = new AccountImport("tilit.csv", "tiina", 3, NOW);

    accountImport.accepted(
        2, "Museo", "https://www.instagram.com/museo", "instagram:museo", 51L, NOW);
    ImportRow refused =
        accountImport.rejected(
            3, null, null, List.of(RowProblem.of("name", "proposal.name.required")), NOW);
    assertThat(accountImport.isFinished()).isFalse();
    assertThat(accountImport.getPercentDone()).isEqualTo(66);
    accountImport.duplicate(4, "Museo", "@museo", 51L, NOW.plusSeconds(1));

    assertThat(accountImport.isFinished()).isTrue();
    assertThat(accountImport.getFinishedAt()).isEqualTo(NOW.plusSeconds(1));
    assertThat(
            List.of(
                accountImport.getAccepted(),
                accountImport.getRejected(),
                accountImport.getDuplicates()))
        .containsExactly(1, 1, 1);
    assertThat(refused.getOutcome()).isEqualTo(ImportOutcome.REJECTED);
    assertThat(refused.getProblems())
        .containsExactly(RowProblem.of("name", "proposal.name.required"));
  }

  @Test
  void aFinishedImportTakesNoMoreRows() {
    AccountImport accountImport = new AccountImport("tilit.csv", "tiina", 1, NOW);
    accountImport.duplicate(2, "Museo", "@museo", 51L, NOW);

    assertThatThrownBy(
            () -> accountImport.accepted(3, "Toinen", "@toinen", "instagram:toinen", 52L, NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThat(accountImport.getProcessed()).isEqualTo(1);
  }

  @Test
  void aRejectedRowSaysWhy() {
    AccountImport accountImport = new AccountImport("tilit.csv", "tiina", 1, NOW);

    assertThatThrownBy(() -> accountImport.rejected(2, "Museo", null, List.of(), NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(accountImport.getProcessed()).isZero();
  }

  @Test
  void aFileWithoutRowsIsFinishedAtOnce() {
    assertThat(new AccountImport("tyhja.csv", "tiina", 0, NOW).getPercentDone()).isEqualTo(100);
    assertThat(new AccountImport("tyhja.csv", "tiina", 0, NOW).isFinished()).isTrue();
  }

  @Test
  void exactlyAnAcceptedRowHoldsTheKeyOfTheAccountItListed() {
    AccountImport accountImport = new AccountImport("tilit.csv", "tiina", 3, NOW);

    ImportRow listed = accountImport.accepted(2, "Museo", "@museo", "instagram:museo", 51L, NOW);
    ImportRow again = accountImport.duplicate(3, "Museo", "@museo", 51L, NOW);

    assertThat(listed.getListedAccountKey()).isEqualTo("instagram:museo");
    assertThat(again.getListedAccountKey()).isNull();
    assertThatThrownBy(() -> accountImport.accepted(4, "Toinen", "@toinen", " ", 52L, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(accountImport.getProcessed()).isEqualTo(2);
  }
}
