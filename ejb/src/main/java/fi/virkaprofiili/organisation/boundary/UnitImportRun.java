package fi.virkaprofiili.organisation.boundary;

import fi.virkaprofiili.organisation.boundary.UnitImports.Report;
import fi.virkaprofiili.organisation.boundary.UnitImports.RowResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit file being taken in the background: how far it has got, and what became of each row so
 * far. The page that started it polls it; the rows' results stay in memory only, as the units and
 * their histories are what is kept.
 */
public final class UnitImportRun {

  private final String fileName;
  private final int rowCount;
  private final List<RowResult> results = new ArrayList<>();
  private boolean finished;

  UnitImportRun(String fileName, int rowCount) {
    this.fileName = fileName;
    this.rowCount = rowCount;
    this.finished = rowCount == 0;
  }

  synchronized void done(RowResult result) {
    results.add(result);
  }

  synchronized void finish() {
    finished = true;
  }

  public String getFileName() {
    return fileName;
  }

  public int getRowCount() {
    return rowCount;
  }

  public synchronized int getProcessed() {
    return results.size();
  }

  public synchronized int getPercentDone() {
    return rowCount == 0 ? 100 : results.size() * 100 / rowCount;
  }

  public synchronized boolean isFinished() {
    return finished;
  }

  /** What became of the rows taken so far, in the file's order. */
  public synchronized Report report() {
    return new Report(fileName, List.copyOf(results));
  }
}
