package fi.virkaprofiili.accountimport.control;

import static fi.virkaprofiili.accountimport.entity.ImportColumn.*;

import fi.virkaprofiili.accountimport.entity.ImportColumn;
import fi.virkaprofiili.accountimport.entity.RowProblem;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.UpdateFrequency;
import fi.virkaprofiili.profile.entity.account.AccountAddress;
import fi.virkaprofiili.profile.entity.account.AccountElsewhere;
import fi.virkaprofiili.proposal.boundary.AdministratorEntry;
import fi.virkaprofiili.proposal.boundary.Proposal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One row of an import file read into the proposal it amounts to, so that it is checked by the very
 * rules a proposal obeys ({@link Proposal}'s constraints), with what could not be read at all.
 * Values are read as spreadsheets write them: enum names in any case, decimal commas, dates as
 * 2026-05-31 or 31.5.2026.
 */
public final class AccountRow {

  /**
   * Between administrators; within one, name and job title (and an e-mail) are separated by commas.
   */
  public static final String ADMINISTRATOR_SEPARATOR = "|";

  private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

  private final int rowNumber;
  private final Proposal proposal = new Proposal();
  private final String accountAddressAsWritten;
  private AccountAddress address;
  private String owner;
  private final List<RowProblem> problems = new ArrayList<>();

  private AccountRow(int rowNumber, Map<ImportColumn, String> values) {
    this.rowNumber = rowNumber;
    this.accountAddressAsWritten = text(values.get(ACCOUNT_ADDRESS));
    proposal.setUnitCode(text(values.get(UNIT_CODE)));
    proposal.setName(text(values.get(NAME)));
    proposal.setChannel(choice(values, CHANNEL, Channel.class));
    proposal.setKind(choice(values, KIND, ProfileKind.class));
    proposal.setPurpose(text(values.get(PURPOSE)));
    proposal.setTargetAudiences(text(values.get(TARGET_AUDIENCES)));
    proposal.setPlannedContent(text(values.get(PLANNED_CONTENT)));
    proposal.setPromotion(text(values.get(PROMOTION)));
    proposal.setSuccessEvaluation(text(values.get(SUCCESS_EVALUATION)));
    proposal.setAdministrators(administrators(values.get(ADMINISTRATORS)));
    proposal.setHoursPerWeek(read(values, HOURS_PER_WEEK, AccountRow::decimal));
    proposal.setUpdateFrequency(choice(values, UPDATE_FREQUENCY, UpdateFrequency.class));
    proposal.setPrivateMessageHandling(text(values.get(PRIVATE_MESSAGE_HANDLING)));
    proposal.setTermsOfUseUrl(text(values.get(TERMS_OF_USE_URL)));
    proposal.setTermsCheckedOn(read(values, TERMS_CHECKED_ON, AccountRow::date));
    proposal.setLanguages(languages(values));
    proposal.setResponseTimePromise(text(values.get(RESPONSE_HOURS)));
    proposal.setOfficialContact(text(values.get(OFFICIAL_CONTACT)));
    proposal.setCampaignEndsOn(read(values, CAMPAIGN_ENDS_ON, AccountRow::date));
    proposal.setExpertUserId(text(values.get(EXPERT_USER_ID)));
    owner = text(values.get(OWNER));
    readAddress();
  }

  /**
   * The row's fields by the file's header. A row longer than the header is refused whole; a shorter
   * one has its last columns empty, as some spreadsheets write it.
   */
  public static AccountRow read(CsvFile.Row row, List<ImportColumn> header) {
    Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
    Iterator<String> fields = row.fields().iterator();
    for (ImportColumn column : header) {
      values.put(column, fields.hasNext() ? fields.next() : "");
    }
    AccountRow accountRow = new AccountRow(row.number(), values);
    if (row.fields().size() > header.size()) {
      accountRow.problems.add(
          0, new RowProblem(null, "import.row.tooManyFields", String.valueOf(header.size())));
    }
    return accountRow;
  }

  /** Adds the rules of a proposal this row breaks, at the columns they concern. */
  public AccountRow checkedBy(Validator validator) {
    List<RowProblem> broken = new ArrayList<>();
    for (ConstraintViolation<Proposal> violation : validator.validate(proposal)) {
      String property = firstNode(violation.getPropertyPath());
      if (isUnreadable(property)) {
        continue;
      }
      String column = ImportColumn.holding(property).map(ImportColumn::header).orElse(property);
      Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
      Object argument =
          attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
      broken.add(
          new RowProblem(
              column,
              key(violation.getMessageTemplate()),
              argument == null ? null : argument.toString()));
    }
    // The validator reports in no particular order; the report reads better in the file's.
    broken.sort(
        Comparator.comparing((RowProblem problem) -> columnOrder(problem.getColumn()))
            .thenComparing(RowProblem::getMessageKey));
    problems.addAll(broken.stream().distinct().toList());
    return this;
  }

  /** A value that could not be read is reported once, as unreadable, not again as missing. */
  private boolean isUnreadable(String property) {
    return ImportColumn.holding(property)
        .map(
            column ->
                problems.stream().anyMatch(problem -> column.header().equals(problem.getColumn())))
        .orElse(false);
  }

  private static int columnOrder(String header) {
    return header == null
        ? -1
        : ImportColumn.named(header).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
  }

  private static String key(String template) {
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }

  private static String firstNode(Path path) {
    Iterator<Path.Node> nodes = path.iterator();
    return nodes.hasNext() ? String.valueOf(nodes.next().getName()) : "";
  }

  private void readAddress() {
    if (accountAddressAsWritten == null) {
      // A proposal names no account yet; an existing account is known by nothing else.
      problems.add(RowProblem.of(ACCOUNT_ADDRESS.header(), "import.account.required"));
      return;
    }
    Channel channel = proposal.getChannel();
    if (channel == null) {
      // The service is missing or unreadable, reported at its own column; the address alone is
      // still checked, so that the report says everything that is wrong with the row at once.
      address = AccountAddress.parse(accountAddressAsWritten).orElse(null);
      if (address == null) {
        problems.add(RowProblem.of(ACCOUNT_ADDRESS.header(), "import.account.unrecognised"));
      }
      return;
    }
    try {
      // The one rule of which account a profile may name, as at set-up and in the wizard.
      address = AccountAddress.onService(accountAddressAsWritten, channel);
      // Stored as an address a citizen can open, whichever way the file wrote it.
      proposal.setAccountUrl(address.canonicalUrl());
    } catch (AccountElsewhere elsewhere) {
      address = null;
      problems.add(
          elsewhere.foundOn() == null
              ? RowProblem.of(ACCOUNT_ADDRESS.header(), "import.account.unrecognised")
              : new RowProblem(
                  ACCOUNT_ADDRESS.header(),
                  "import.account.otherChannel",
                  elsewhere.foundOn().name()));
    }
  }

  private <E extends Enum<E>> E choice(
      Map<ImportColumn, String> values, ImportColumn column, Class<E> type) {
    return read(
        values,
        column,
        value ->
            Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')));
  }

  private <T> T read(
      Map<ImportColumn, String> values, ImportColumn column, Function<String, T> parse) {
    String value = text(values.get(column));
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      problems.add(new RowProblem(column.header(), "import.value." + column.header(), value));
      return null;
    }
  }

  private Set<ProfileLanguage> languages(Map<ImportColumn, String> values) {
    String value = text(values.get(LANGUAGES));
    Set<ProfileLanguage> languages = EnumSet.noneOf(ProfileLanguage.class);
    if (value == null) {
      return languages;
    }
    for (String code : value.split("[\\s,|/]+")) {
      try {
        languages.add(ProfileLanguage.valueOf(code.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problems.add(new RowProblem(LANGUAGES.header(), "import.value.languages", code));
      }
    }
    return languages;
  }

  /** "Name, Job title[, e-mail] | Name, Job title[, e-mail]". */
  private static List<AdministratorEntry> administrators(String value) {
    String text = text(value);
    if (text == null) {
      return new ArrayList<>();
    }
    List<AdministratorEntry> entries = new ArrayList<>();
    for (String person : text.split("\\" + ADMINISTRATOR_SEPARATOR)) {
      List<String> parts = Arrays.stream(person.split(",", 3)).map(String::strip).toList();
      AdministratorEntry entry =
          new AdministratorEntry(parts.get(0), parts.size() > 1 ? parts.get(1) : null);
      entry.setEmail(parts.size() > 2 && !parts.get(2).isEmpty() ? parts.get(2) : null);
      entries.add(entry);
    }
    return entries;
  }

  static BigDecimal decimal(String value) {
    return new BigDecimal(value.replace(',', '.').replace(" ", ""));
  }

  static LocalDate date(String value) {
    return value.contains(".") ? LocalDate.parse(value, FINNISH_DATE) : LocalDate.parse(value);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public int rowNumber() {
    return rowNumber;
  }

  public Proposal proposal() {
    return proposal;
  }

  /** The account the row names, read; empty when it names none a site recognises. */
  public Optional<AccountAddress> address() {
    return Optional.ofNullable(address);
  }

  /** As the file wrote it, for the report. */
  public String accountAddressAsWritten() {
    return accountAddressAsWritten;
  }

  /** Who answers the profile's reviews; empty for the importer. */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  public String name() {
    return proposal.getName();
  }

  /** What is wrong with the row, in the order of its columns; empty when it can be listed. */
  public List<RowProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** A problem found against what is stored: an unknown unit, user or expert. */
  public void refuse(RowProblem problem) {
    problems.add(problem);
  }
}
