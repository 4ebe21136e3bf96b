package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.Rows;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table's rows read from a boundary a page at a time, so that only the page shown is
 * held in the view: the database pages and sorts, never the session.
 */
public abstract class PagedRows<T extends Serializable> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows there are in all. */
  protected abstract long total();

  /** One page, sorted by the column's field (null: the boundary's own order). */
  protected abstract Rows<T> page(int first, int size, String sortField, boolean ascending);

  protected abstract String keyOf(T row);

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort =
        sortBy.values().stream()
            .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
            .findFirst()
            .orElse(null);
    Rows<T> rows =
        page(
            first,
            pageSize,
            sort == null ? null : sort.getField(),
            sort == null || sort.getOrder() == SortOrder.ASCENDING);
    setRowCount(Math.toIntExact(rows.total()));
    return rows.rows();
  }

  @Override
  public String getRowKey(T row) {
    return keyOf(row);
  }
}
