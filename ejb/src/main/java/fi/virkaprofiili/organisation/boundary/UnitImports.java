package fi.virkaprofiili.organisation.boundary;

import fi.virkaprofiili.accountimport.control.CsvFile;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotPermittedException;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Units loaded from a CSV file, as accounts are (template, a report per row): each row creates a
 * unit or changes one with that code, in the file's order (a parent before its units), each in a
 * transaction of its own through {@link UnitStructure}, so that a refused row changes nothing and
 * the others still count. The why of each change is the file and its row.
 */
@Stateless
public class UnitImports {

  private static final Logger LOG = Logger.getLogger(UnitImports.class.getName());

  public static final int MAX_BYTES = 1024 * 1024;
  public static final int MAX_ROWS = 2_000;

  /** The columns of a file, in the template's order. */
  public enum Column {
    CODE("code", true, "library"),
    NAME_FI("name_fi", true, "Kirjastopalvelut"),
    NAME_SV("name_sv", true, "Bibliotekstjänster"),
    NAME_EN("name_en", true, "Library services"),
    PARENT_CODE("parent_code", false, "culture"),
    MANAGER("manager", true, "markus");

    private final String header;
    private final boolean required;
    private final String example;

    Column(String header, boolean required, String example) {
      this.header = header;
      this.required = required;
      this.example = example;
    }

    public String header() {
      return header;
    }

    public boolean isRequired() {
      return required;
    }
  }

  /** What became of a row. */
  public enum Outcome {
    CREATED,
    CHANGED,
    UNCHANGED,
    REFUSED
  }

  /**
   * One row's result.
   *
   * @param row the row's number in the file (the header is row 1)
   * @param code the unit's code as the row gives it
   * @param outcome what became of it
   * @param reasonKey why it was refused: a key of the portal's or the rules' bundles, or null
   * @param argument what the reason names (a column, a code, a user), or null
   */
  public record RowResult(
      int row, String code, Outcome outcome, String reasonKey, String argument) {}

  /** What the file did: its rows in order. */
  public record Report(String fileName, List<RowResult> rows) {
    public long count(Outcome outcome) {
      return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    /** As {@link #count(Outcome)}, by the outcome's name, for pages. */
    public long countOf(String outcome) {
      return count(Outcome.valueOf(outcome));
    }
  }

  @Inject private UnitStructure structure;
  @Resource private SessionContext context;

  /**
   * Takes the file's rows in, each in its own transaction. A file that cannot be read is refused
   * before anything changes.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report load(@NotNull byte[] content, @NotBlank String fileName, @NotBlank String userId) {
    Read read = read(content, fileName, userId);
    List<RowResult> results = new ArrayList<>();
    for (CsvFile.Row row : read.file().rows()) {
      results.add(take(row, read.columns(), read.name(), userId));
    }
    LOG.info(() -> userId + " loaded " + results.size() + " unit rows from " + read.name());
    return new Report(read.name(), results);
  }

  /**
   * As {@link #load}, with the rows taken in the background: returns at once with the run, whose
   * progress and report grow as rows are done, so that a file of two thousand rows holds no
   * request. A file that cannot be read is refused here, before anything changes.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public UnitImportRun start(
      @NotNull byte[] content, @NotBlank String fileName, @NotBlank String userId) {
    Read read = read(content, fileName, userId);
    UnitImportRun run = new UnitImportRun(read.name(), read.file().rows().size());
    if (!read.file().rows().isEmpty()) {
      context.getBusinessObject(UnitImports.class).takeAll(run, read, userId);
    }
    return run;
  }

  /** The rows of a started run, one transaction each; the run is finished whatever happens. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void takeAll(UnitImportRun run, Read read, String userId) {
    try {
      for (CsvFile.Row row : read.file().rows()) {
        run.done(take(row, read.columns(), read.name(), userId));
      }
      LOG.info(() -> userId + " loaded " + run.getProcessed() + " unit rows from " + read.name());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Loading units from " + read.name() + " stopped after " + run.getProcessed() + " rows",
          e);
    } finally {
      run.finish();
    }
  }

  /** A file read and its columns found, before any row is taken. */
  public record Read(CsvFile file, int[] columns, String name) {}

  private Read read(byte[] content, String fileName, String userId) {
    if (!structure.mayChange(userId)) {
      String message = "Refused: " + userId + " may not import units";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidRequestException(
          "import.file.tooLarge", "A unit file is at most 1 MB", MAX_BYTES / (1024 * 1024));
    }
    CsvFile file;
    try {
      file = CsvFile.read(content);
    } catch (CsvFile.Unreadable e) {
      throw new InvalidRequestException(e.messageKey(), "Unreadable unit file", e.row());
    }
    int[] at = columnsOf(file.header());
    if (file.rows().size() > MAX_ROWS) {
      throw new InvalidRequestException("import.file.tooManyRows", "Too many rows", MAX_ROWS);
    }
    return new Read(file, at, fileName.strip());
  }

  /** A file to fill in: the header and one example row, semicolons and a byte order mark. */
  public byte[] template() {
    StringBuilder header = new StringBuilder();
    StringBuilder example = new StringBuilder();
    for (Column column : Column.values()) {
      if (header.length() > 0) {
        header.append(';');
        example.append(';');
      }
      header.append(column.header);
      example.append(CsvFile.field(column.example, ';'));
    }
    return ("\uFEFF" + header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  public List<Column> columns() {
    return List.of(Column.values());
  }

  private RowResult take(CsvFile.Row row, int[] at, String fileName, String userId) {
    String code = field(row, at, Column.CODE);
    UnitForm form = new UnitForm();
    form.setCode(code);
    form.setNameFi(field(row, at, Column.NAME_FI));
    form.setNameSv(field(row, at, Column.NAME_SV));
    form.setNameEn(field(row, at, Column.NAME_EN));
    form.setParentCode(field(row, at, Column.PARENT_CODE));
    form.setManagerId(field(row, at, Column.MANAGER));
    form.setWhy(fileName + ", row " + row.number());
    try {
      if (code != null && structure.exists(code)) {
        structure.change(code, form, userId);
        return new RowResult(row.number(), code, Outcome.CHANGED, null, null);
      }
      structure.create(form, userId);
      return new RowResult(row.number(), code, Outcome.CREATED, null, null);
    } catch (InvalidRequestException unchanged) {
      if ("unit.unchanged".equals(unchanged.messageKey())) {
        return new RowResult(row.number(), code, Outcome.UNCHANGED, null, null);
      }
      return refused(row, code, unchanged);
    } catch (BusinessException refusal) {
      return refused(row, code, refusal);
    } catch (EJBException failure) {
      if (failure.getCause() instanceof ConstraintViolationException invalid) {
        ConstraintViolation<?> first = invalid.getConstraintViolations().iterator().next();
        return new RowResult(
            row.number(),
            code,
            Outcome.REFUSED,
            "unitImport.invalid",
            columnOf(first.getPropertyPath().toString()));
      }
      throw failure;
    }
  }

  private static RowResult refused(CsvFile.Row row, String code, BusinessException refusal) {
    Object[] arguments = refusal.messageArguments();
    return new RowResult(
        row.number(),
        code,
        Outcome.REFUSED,
        refusal.messageKey(),
        arguments.length == 0 ? null : String.valueOf(arguments[0]));
  }

  /** The column a rule concerns, by the name of the form's property it checks. */
  private static String columnOf(String propertyPath) {
    String property = propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    return switch (property) {
      case "nameFi" -> Column.NAME_FI.header;
      case "nameSv" -> Column.NAME_SV.header;
      case "nameEn" -> Column.NAME_EN.header;
      case "parentCode" -> Column.PARENT_CODE.header;
      case "managerId" -> Column.MANAGER.header;
      case "code" -> Column.CODE.header;
      default -> property;
    };
  }

  private static String field(CsvFile.Row row, int[] at, Column column) {
    int index = at[column.ordinal()];
    if (index < 0 || index >= row.fields().size()) {
      return null;
    }
    String value = row.fields().get(index).strip();
    return value.isEmpty() ? null : value;
  }

  /** Where each column is in the file; -1 for an optional one it does not have. */
  private static int[] columnsOf(List<String> header) {
    int[] at = new int[Column.values().length];
    java.util.Arrays.fill(at, -1);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      Column column =
          java.util.Arrays.stream(Column.values())
              .filter(c -> c.header.equals(name))
              .findFirst()
              .orElseThrow(
                  () -> new InvalidRequestException("import.file.unknownColumn", name, name));
      if (at[column.ordinal()] >= 0) {
        throw new InvalidRequestException("import.file.repeatedColumn", name, name);
      }
      at[column.ordinal()] = i;
    }
    for (Column column : Column.values()) {
      if (column.required && at[column.ordinal()] < 0) {
        throw new InvalidRequestException(
            "import.file.missingColumns", column.header, column.header);
      }
    }
    return at;
  }
}
