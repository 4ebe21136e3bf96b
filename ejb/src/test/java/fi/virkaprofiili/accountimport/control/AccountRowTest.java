package fi.virkaprofiili.accountimport.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.accountimport.entity.ImportColumn;
import fi.virkaprofiili.accountimport.entity.RowProblem;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.UpdateFrequency;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A row of the file becomes a proposal and is checked by a proposal's own rules. */
class AccountRowTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();
  private static final List<ImportColumn> HEADER = List.of(ImportColumn.values());

  @Test
  void theTemplatesExampleRowMeetsEveryRule() {
    AccountRow row = row(values -> {});

    assertThat(row.problems()).isEmpty();
    assertThat(row.proposal().getChannel()).isEqualTo(Channel.INSTAGRAM);
    assertThat(row.proposal().getKind()).isEqualTo(ProfileKind.ORGANISATION);
    assertThat(row.proposal().getUpdateFrequency()).isEqualTo(UpdateFrequency.SEVERAL_TIMES_A_WEEK);
    assertThat(row.proposal().getLanguages())
        .containsExactlyInAnyOrder(ProfileLanguage.FI, ProfileLanguage.SV);
    assertThat(row.proposal().getAdministrators())
        .extracting(a -> a.getName() + "/" + a.getJobTitle() + "/" + a.getEmail())
        .containsExactly(
            "Maija Meikäläinen/museolehtori/maija.meikalainen@example.org",
            "Matti Virtanen/tiedottaja/null");
    assertThat(row.address()).get().extracting(a -> a.key()).isEqualTo("instagram:kaupunginmuseo");
    assertThat(row.owner()).isEmpty();
  }

  static Stream<Arguments> valuesAsSpreadsheetsWriteThem() {
    return Stream.of(
        Arguments.of(
            ImportColumn.HOURS_PER_WEEK,
            "2,5",
            (Consumer<AccountRow>)
                r ->
                    assertThat(r.proposal().getHoursPerWeek())
                        .isEqualByComparingTo(new BigDecimal("2.5"))),
        Arguments.of(
            ImportColumn.TERMS_CHECKED_ON,
            "15.1.2026",
            (Consumer<AccountRow>)
                r ->
                    assertThat(r.proposal().getTermsCheckedOn())
                        .isEqualTo(LocalDate.of(2026, 1, 15))),
        Arguments.of(
            ImportColumn.UPDATE_FREQUENCY,
            "several times a week",
            (Consumer<AccountRow>)
                r ->
                    assertThat(r.proposal().getUpdateFrequency())
                        .isEqualTo(UpdateFrequency.SEVERAL_TIMES_A_WEEK)),
        Arguments.of(
            ImportColumn.CHANNEL,
            "instagram",
            (Consumer<AccountRow>)
                r -> assertThat(r.proposal().getChannel()).isEqualTo(Channel.INSTAGRAM)),
        Arguments.of(
            ImportColumn.LANGUAGES,
            "fi, sv, en",
            (Consumer<AccountRow>) r -> assertThat(r.proposal().getLanguages()).hasSize(3)),
        Arguments.of(
            ImportColumn.ACCOUNT_ADDRESS,
            "@kaupunginmuseo",
            (Consumer<AccountRow>)
                r ->
                    assertThat(r.proposal().getAccountUrl())
                        .isEqualTo("https://www.instagram.com/kaupunginmuseo/")),
        Arguments.of(
            ImportColumn.OWNER,
            "sanna",
            (Consumer<AccountRow>) r -> assertThat(r.owner()).contains("sanna")));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("valuesAsSpreadsheetsWriteThem")
  void readsValuesAsSpreadsheetsWriteThem(
      ImportColumn column, String value, Consumer<AccountRow> expectation) {
    AccountRow row = row(values -> values.put(column, value));

    assertThat(row.problems()).isEmpty();
    expectation.accept(row);
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of(
            "no name",
            ImportColumn.NAME,
            "",
            List.of(RowProblem.of("name", "proposal.name.required"))),
        Arguments.of(
            "unknown channel",
            ImportColumn.CHANNEL,
            "myspace",
            List.of(new RowProblem("channel", "import.value.channel", "myspace"))),
        Arguments.of(
            "no working time",
            ImportColumn.HOURS_PER_WEEK,
            "0",
            List.of(new RowProblem("hours_per_week", "proposal.hoursPerWeek.range", "0.5"))),
        Arguments.of(
            "hours not a number",
            ImportColumn.HOURS_PER_WEEK,
            "many",
            List.of(new RowProblem("hours_per_week", "import.value.hours_per_week", "many"))),
        Arguments.of(
            "one administrator",
            ImportColumn.ADMINISTRATORS,
            "Maija Meikäläinen, museolehtori",
            List.of(RowProblem.of("administrators", "proposal.administrators.tooFew"))),
        Arguments.of(
            "administrator without a job title",
            ImportColumn.ADMINISTRATORS,
            "Maija | Matti, tiedottaja | Liisa, lehtori",
            List.of(RowProblem.of("administrators", "proposal.administrators.incomplete"))),
        Arguments.of(
            "unknown language",
            ImportColumn.LANGUAGES,
            "fi klingon",
            List.of(new RowProblem("languages", "import.value.languages", "klingon"))),
        Arguments.of(
            "no language",
            ImportColumn.LANGUAGES,
            "",
            List.of(RowProblem.of("languages", "proposal.languages.required"))),
        Arguments.of(
            "no account",
            ImportColumn.ACCOUNT_ADDRESS,
            "",
            List.of(RowProblem.of("account_address", "import.account.required"))),
        Arguments.of(
            "not an account",
            ImportColumn.ACCOUNT_ADDRESS,
            "ftp://example.org/x",
            List.of(RowProblem.of("account_address", "import.account.unrecognised"))),
        Arguments.of(
            "account on another service",
            ImportColumn.ACCOUNT_ADDRESS,
            "https://www.facebook.com/kaupunginmuseo",
            List.of(new RowProblem("account_address", "import.account.otherChannel", "FACEBOOK"))),
        Arguments.of(
            "terms checked in the future",
            ImportColumn.TERMS_CHECKED_ON,
            new OrganisationTime().today().plusDays(2).toString(),
            List.of(RowProblem.of("terms_checked_on", "proposal.termsCheckedOn.past"))),
        Arguments.of(
            "date unreadable",
            ImportColumn.TERMS_CHECKED_ON,
            "last spring",
            List.of(
                new RowProblem(
                    "terms_checked_on", "import.value.terms_checked_on", "last spring"))),
        Arguments.of(
            "campaign without an end",
            ImportColumn.KIND,
            "campaign",
            List.of(RowProblem.of("campaign_ends_on", "proposal.campaignEndsOn.required"))),
        Arguments.of(
            "expert without the expert",
            ImportColumn.KIND,
            "expert",
            List.of(RowProblem.of("expert_user_id", "proposal.expertUserId.required"))),
        Arguments.of(
            "name too long",
            ImportColumn.NAME,
            "x".repeat(121),
            List.of(new RowProblem("name", "proposal.name.size", "120"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRows")
  void saysWhyARowIsRefusedAtItsColumn(
      String what, ImportColumn column, String value, List<RowProblem> expected) {
    assertThat(row(values -> values.put(column, value)).problems()).isEqualTo(expected);
  }

  @Test
  void aCampaignWithAnEndInTheFutureIsAccepted() {
    AccountRow row =
        row(
            values -> {
              values.put(ImportColumn.KIND, "CAMPAIGN");
              values.put(
                  ImportColumn.CAMPAIGN_ENDS_ON,
                  new OrganisationTime().today().plusMonths(2).toString());
            });

    assertThat(row.problems()).isEmpty();
    assertThat(row.proposal().getCampaignEndsOn())
        .isEqualTo(new OrganisationTime().today().plusMonths(2));
  }

  @Test
  void aRowLongerThanTheHeaderIsRefused() {
    List<String> fields = new ArrayList<>(HEADER.stream().map(ImportColumn::example).toList());
    fields.add("extra");

    AccountRow row = AccountRow.read(new CsvFile.Row(7, fields), HEADER).checkedBy(VALIDATOR);

    assertThat(row.rowNumber()).isEqualTo(7);
    assertThat(row.problems())
        .containsExactly(
            new RowProblem(null, "import.row.tooManyFields", String.valueOf(HEADER.size())));
  }

  @Test
  void optionalColumnsMayBeLeftOutOfTheFile() {
    List<ImportColumn> header = ImportColumn.required();
    AccountRow row =
        AccountRow.read(
                new CsvFile.Row(2, header.stream().map(ImportColumn::example).toList()), header)
            .checkedBy(VALIDATOR);

    assertThat(row.problems()).isEmpty();
  }

  private static AccountRow row(Consumer<Map<ImportColumn, String>> change) {
    Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
    Arrays.stream(ImportColumn.values()).forEach(column -> values.put(column, column.example()));
    change.accept(values);
    return AccountRow.read(new CsvFile.Row(2, HEADER.stream().map(values::get).toList()), HEADER)
        .checkedBy(VALIDATOR);
  }
}
