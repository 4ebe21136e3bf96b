package fi.virkaprofiili.web.organisation;

import fi.virkaprofiili.organisation.boundary.UnitImportRun;
import fi.virkaprofiili.organisation.boundary.UnitImports;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Units loaded from a CSV file, as accounts are: a template to start from, and what became of each
 * row. Who may is checked in {@link UnitImports}; this page only shows the refusal.
 */
@Named
@ViewScoped
public class UnitImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UnitImports imports;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private UnitsPage unitsPage;

  private transient UploadedFile file;
  // the run lives on this node, where its rows are being taken; a page on another node shows none
  private transient UnitImportRun run;
  private boolean finishedSeen;

  public String upload() {
    if (file == null || file.getSize() == 0) {
      messages.error("import.file.none");
      return null;
    }
    if (file.getSize() > UnitImports.MAX_BYTES) {
      messages.error("import.file.tooLarge", UnitImports.MAX_BYTES / (1024 * 1024));
      return null;
    }
    try {
      run = imports.start(file.getContent(), file.getFileName(), currentUser.getId());
      finishedSeen = false;
      refresh();
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
    return null;
  }

  public StreamedContent getTemplate() {
    byte[] template = imports.template();
    return DefaultStreamedContent.builder()
        .name("virkaprofiili-units.csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) template.length)
        .stream(() -> new ByteArrayInputStream(template))
        .build();
  }

  /** Why a row was refused, in the reader's language. */
  public String reason(UnitImports.RowResult row) {
    return row.reasonKey() == null ? "" : messages.ruleText(row.reasonKey(), row.argument());
  }

  public List<UnitImports.Column> getColumns() {
    return imports.columns();
  }

  /**
   * Polled while the rows are taken. The run is seen as finished here only, once, with the tree
   * reloaded at that moment: the report and the tree of one answer then agree, however the run ends
   * between this call and the page's rendering.
   */
  public void refresh() {
    if (run != null && !finishedSeen && run.isFinished()) {
      unitsPage.load();
      finishedSeen = true;
    }
  }

  public UnitImportRun getRun() {
    return run;
  }

  public boolean isFinished() {
    return run == null || finishedSeen;
  }

  /** The report of the rows taken so far; null before any file. */
  public UnitImports.Report getReport() {
    return run == null ? null : run.report();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
