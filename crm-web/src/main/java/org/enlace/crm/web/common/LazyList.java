package org.enlace.crm.web.common;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.boundary.ListRow;
import org.enlace.crm.common.boundary.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one list-view pattern: a PrimeFaces lazy table whose pages, sorting, column filters and
 * quick search are all done by a boundary's query, never in memory.
 */
public class LazyList<T extends ListRow> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces' key for the table's quick search box. */
    static final String GLOBAL_FILTER = "globalFilter";

    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> load(PageRequest request);
    }

    @FunctionalInterface
    public interface Count extends Serializable {
        long count(PageRequest request);
    }

    private final Rows<T> rows;
    private final Count count;
    private final Map<String, String> fixedFilters;

    public LazyList(Rows<T> rows, Count count) {
        this(rows, count, Map.of());
    }

    /** A list always filtered, e.g. the contacts of one account. */
    public LazyList(Rows<T> rows, Count count, Map<String, String> fixedFilters) {
        this.rows = rows;
        this.count = count;
        this.fixedFilters = Map.copyOf(fixedFilters);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count(request(0, 1, Map.of(), filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return rows.load(request(first, pageSize, sortBy, filterBy));
    }

    private PageRequest request(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(fixedFilters);
        String search = null;
        for (FilterMeta filter : filterBy.values()) {
            Object value = filter.getFilterValue();
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            if (GLOBAL_FILTER.equals(filter.getField())) {
                search = value.toString();
            } else {
                filters.put(filter.getField(), value.toString());
            }
        }
        SortMeta sort = sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .orElse(null);
        return new PageRequest(
                first,
                Math.max(1, Math.min(pageSize, 200)),
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING,
                filters,
                search);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(r -> getRowKey(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
