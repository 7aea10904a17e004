package org.enlace.crm.web.common;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.boundary.ListRow;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.imports.boundary.ExportService;
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

    /** Counts up to atMost: the exact number, or atMost + 1 for "more". */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count(PageRequest request, int atMost);
    }

    /** Lists count ten pages past the furthest page opened (the paginator shows ten pages). */
    /**
     * How many pages past the furthest one opened are counted. Counting costs reading that many
     * rows, and for a user who sees 10 % of a module ten times as many index entries: at a
     * million contacts, ten pages ahead took 15 ms of such a user's 25 ms quick search (bench/).
     */
    private static final int PAGES_AHEAD = 3;

    private final Rows<T> rows;
    private final Count count;
    private final Map<String, String> fixedFilters;
    private int reach;
    private int countedUpTo;
    private boolean more;
    private PageRequest lastRequest;

    /**
     * The rows shown in this view, by id, so rows checked on earlier pages stay selected; the
     * least recently used go first beyond the limit (PrimeFaces asks for every checked row on each
     * request, so checked rows stay).
     */
    private final Map<String, T> shown = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > MAX_SHOWN;
        }
    };

    private static final int MAX_SHOWN = ExportService.MAX_IDS;

    public LazyList(Rows<T> rows, Count count) {
        this(rows, count, Map.of());
    }

    /** A list always filtered, e.g. the contacts of one account. */
    public LazyList(Rows<T> rows, Count count, Map<String, String> fixedFilters) {
        this.rows = rows;
        this.count = count;
        this.fixedFilters = Map.copyOf(fixedFilters);
    }

    /**
     * Counted only as far as the user can go from the furthest page he opened: a list of a
     * million rows shows "1-25 of more than 100" and lets him page on, rather than counting the
     * million on every page.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        int pageSize = getPageSize() > 0 ? getPageSize() : 25;
        countedUpTo = (int) Math.min(Integer.MAX_VALUE - 1L, reach + (long) PAGES_AHEAD * pageSize);
        long n = count.count(request(0, 1, Map.of(), filterBy), countedUpTo);
        more = n > countedUpTo;
        return (int) n;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        reach = Math.max(reach, first);
        lastRequest = request(first, pageSize, sortBy, filterBy);
        List<T> page = rows.load(lastRequest);
        page.forEach(row -> shown.put(getRowKey(row), row));
        return page;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }

    /** A row checked on this or an earlier page of the view (null for one never shown). */
    @Override
    public T getRowData(String rowKey) {
        return shown.get(rowKey);
    }

    /**
     * The first row of a page asked for in the address (?page=40), 0 for a missing or wrong one;
     * the list will count that far.
     */
    public int openAt(String page, int rowsPerPage) {
        int first = 0;
        if (page != null && page.matches("\\d{1,6}")) {
            first = (Math.max(1, Integer.parseInt(page)) - 1) * rowsPerPage;
        }
        reach = Math.max(reach, first);
        return first;
    }

    /** The filters, search and sort of the page shown last (what an export of "all" takes). */
    public PageRequest getLastRequest() {
        return lastRequest == null ? new PageRequest(0, 25, null, true, fixedFilters, null) : lastRequest;
    }

    /** The list without its search and column filters (a fixed filter stays): what checked rows are exported within. */
    public PageRequest getUnfilteredRequest() {
        return new PageRequest(0, 25, null, true, fixedFilters, null);
    }

    /** The ids of the rows on the page shown last. */
    public List<Long> getPageIds() {
        return getWrappedData() == null
                ? List.of()
                : getWrappedData().stream().map(ListRow::getId).toList();
    }

    /** Whether the list has more rows than it counted (then there is no last page to offer). */
    public boolean isMore() {
        return more;
    }

    /** The paginator's "1-25 of 40" or, when not counted to the end, "1-25 of more than 250". */
    public String getReport() {
        return more
                ? Messages.format(FacesContext.getCurrentInstance(), "list.report.more", countedUpTo)
                : Messages.format(FacesContext.getCurrentInstance(), "list.report");
    }

    /** The paginator's parts: no "last page" while the list was not counted to the end. */
    public String getPaginator() {
        return "{CurrentPageReport} {FirstPageLink} {PreviousPageLink} {PageLinks} {NextPageLink}"
                + (more ? "" : " {LastPageLink}") + " {RowsPerPageDropdown}";
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
}
