package fi.virkaprofiili.web.accountimport;

import fi.virkaprofiili.accountimport.boundary.AccountImports;
import fi.virkaprofiili.accountimport.boundary.ImportFileRefused;
import fi.virkaprofiili.accountimport.entity.AccountImport;
import fi.virkaprofiili.accountimport.entity.ImportColumn;
import fi.virkaprofiili.accountimport.entity.ImportRow;
import fi.virkaprofiili.accountimport.entity.RowProblem;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Communications uploads a file of existing accounts, watches its rows being taken in and reads the
 * report; an earlier import's report opens by its id. What they may do is checked in {@link
 * AccountImports}; this page only shows the refusal.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountImports imports;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private Long importId;
  private transient UploadedFile file;
  private AccountImport current;
  private List<AccountImport> newest = List.of();
  private boolean permitted;
  private final Rows rows = new Rows();

  /** Loads the import named by the address, if any, and the list of earlier ones. */
  public void load() {
    try {
      newest = imports.newest(20, currentUser.getId());
      current = importId == null ? null : imports.progress(importId, currentUser.getId());
      permitted = true;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
  }

  public String upload() {
    if (file == null || file.getSize() == 0) {
      messages.error("import.file.none");
      return null;
    }
    if (file.getSize() > AccountImports.MAX_BYTES) {
      messages.error("import.file.tooLarge", AccountImports.MAX_BYTES / (1024 * 1024));
      return null;
    }
    try {
      AccountImport started =
          imports.start(file.getContent(), file.getFileName(), currentUser.getId());
      return "/portal/import.xhtml?faces-redirect=true&id=" + started.getId();
    } catch (ImportFileRefused refusal) {
      messages.error(refusal.messageKey(), refusal.detail());
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  /** Polled while the import runs. */
  public void refresh() {
    if (current != null) {
      current = imports.progress(current.getId(), currentUser.getId());
    }
  }

  public StreamedContent getTemplate() {
    byte[] template = imports.template();
    return DefaultStreamedContent.builder()
        .name("virkaprofiili-import.csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) template.length)
        .stream(() -> new ByteArrayInputStream(template))
        .build();
  }

  /** Why a row was refused, in the reader's language, with the column it concerns. */
  public String reasons(ImportRow row) {
    return row.getProblems().stream().map(this::reason).collect(Collectors.joining(" "));
  }

  private String reason(RowProblem problem) {
    String text = messages.ruleText(problem.getMessageKey(), problem.getArgument());
    return problem.getColumn() == null ? text : problem.getColumn() + ": " + text;
  }

  public boolean isFinished() {
    return current == null || current.isFinished();
  }

  public Long getImportId() {
    return importId;
  }

  public void setImportId(Long importId) {
    this.importId = importId;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public AccountImport getCurrent() {
    return current;
  }

  public List<AccountImport> getNewest() {
    return newest;
  }

  /** The file's columns, for the help beside the upload. */
  public List<ImportColumn> getColumns() {
    return imports.columns();
  }

  public boolean isPermitted() {
    return permitted;
  }

  public LazyDataModel<ImportRow> getRows() {
    return rows;
  }

  /** The report's rows a page at a time: an import may have thousands. */
  private final class Rows extends LazyDataModel<ImportRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return current == null ? 0 : current.getProcessed();
    }

    @Override
    public List<ImportRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return current == null
          ? List.of()
          : imports.rows(current.getId(), false, first, pageSize, currentUser.getId());
    }

    @Override
    public String getRowKey(ImportRow row) {
      return String.valueOf(row.getId());
    }

    @Override
    public ImportRow getRowData(String rowKey) {
      return null;
    }
  }
}
