package fi.virkaprofiili.accountimport.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of an import file, by the names its header gives them, and which fields of a proposal
 * each fills (so that a broken rule is reported at its column). The order is the template's.
 * docs/import.md describes each.
 */
public enum ImportColumn {
  UNIT_CODE("unit_code", true, "culture", "unitCode"),
  CHANNEL("channel", true, "INSTAGRAM", "channel"),
  NAME("name", true, "Kaupunginmuseo", "name"),
  ACCOUNT_ADDRESS(
      "account_address", true, "https://www.instagram.com/kaupunginmuseo", "accountUrl"),
  KIND("kind", true, "ORGANISATION", "kind"),
  PURPOSE("purpose", true, "Museon näyttelyt, tapahtumat ja kokoelmat kuntalaisille.", "purpose"),
  TARGET_AUDIENCES(
      "target_audiences", true, "Kuntalaiset, koululaiset ja matkailijat", "targetAudiences"),
  PLANNED_CONTENT(
      "planned_content",
      true,
      "Näyttelyuutiset, tapahtumat ja kuvia kokoelmista",
      "plannedContent"),
  PROMOTION("promotion", true, "Museon verkkosivut ja julisteet", "promotion"),
  SUCCESS_EVALUATION(
      "success_evaluation", true, "Seuraajat ja palaute puolen vuoden välein", "successEvaluation"),
  ADMINISTRATORS(
      "administrators",
      true,
      "Maija Meikäläinen, museolehtori, maija.meikalainen@example.org | Matti Virtanen, tiedottaja",
      "administrators",
      "enoughAdministrators",
      "everyAdministratorNamedWithJobTitle"),
  HOURS_PER_WEEK("hours_per_week", true, "4", "hoursPerWeek"),
  UPDATE_FREQUENCY("update_frequency", true, "SEVERAL_TIMES_A_WEEK", "updateFrequency"),
  PRIVATE_MESSAGE_HANDLING(
      "private_message_handling",
      true,
      "Vastataan arkisin, viralliset asiat kirjaamoon.",
      "privateMessageHandling"),
  TERMS_OF_USE_URL(
      "terms_of_use_url", true, "https://help.instagram.com/581066165581870", "termsOfUseUrl"),
  TERMS_CHECKED_ON("terms_checked_on", true, "2026-01-15", "termsCheckedOn"),
  LANGUAGES("languages", true, "FI SV", "languages"),
  RESPONSE_HOURS("response_hours", true, "Arkisin 8-16", "responseTimePromise"),
  OFFICIAL_CONTACT("official_contact", true, "kirjaamo@example.org", "officialContact"),
  CAMPAIGN_ENDS_ON("campaign_ends_on", false, "", "campaignEndsOn", "campaignEndGiven"),
  EXPERT_USER_ID("expert_user_id", false, "", "expertUserId", "expertNamed"),
  OWNER("owner", false, "");

  private final String header;
  private final boolean required;
  private final String example;
  private final Set<String> properties;

  ImportColumn(String header, boolean required, String example, String... properties) {
    this.header = header;
    this.required = required;
    this.example = example;
    this.properties = Set.of(properties);
  }

  /** The name in the file's header row. */
  public String header() {
    return header;
  }

  /** What the template's example row holds in this column. */
  public String example() {
    return example;
  }

  /** Whether a file without this column is refused; an optional one may be left out. */
  public boolean isRequired() {
    return required;
  }

  /** The column a header names; case, spaces and hyphens do not matter. */
  public static Optional<ImportColumn> named(String header) {
    String wanted = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return Arrays.stream(values()).filter(column -> column.header.equals(wanted)).findFirst();
  }

  /**
   * The column where a proposal's field (a Bean Validation property path's first node) is read
   * from.
   */
  public static Optional<ImportColumn> holding(String property) {
    return Arrays.stream(values())
        .filter(column -> column.properties.contains(property))
        .findFirst();
  }

  public static List<ImportColumn> required() {
    return Arrays.stream(values()).filter(ImportColumn::isRequired).toList();
  }
}
