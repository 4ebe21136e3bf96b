package fi.virkaprofiili.web.organisation;

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
  private UnitImports.Report report;

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
      report = imports.load(file.getContent(), file.getFileName(), currentUser.getId());
      // the tree beside the report shows the units as the file left them
      unitsPage.load();
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

  public UnitImports.Report getReport() {
    return report;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
