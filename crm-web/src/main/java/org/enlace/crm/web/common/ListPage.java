package org.enlace.crm.web.common;

import java.io.Serializable;
import org.enlace.crm.common.boundary.ListRow;

/**
 * A list page's view: its lazy table, and the page and quick search it opens with from the
 * address (?page=40&amp;q=Ospina), so that a list page can be bookmarked, shared and measured.
 */
public abstract class ListPage<T extends ListRow> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page, as the tables show them. */
    public static final int ROWS = 25;

    private LazyList<T> model;
    private String page;
    private String search;

    protected abstract LazyList<T> createModel();

    public LazyList<T> getModel() {
        if (model == null) {
            model = createModel();
        }
        return model;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? null : search.strip();
    }

    /** The table's first row: that of the page in the address. */
    public int getFirst() {
        return getModel().openAt(page, ROWS);
    }
}
