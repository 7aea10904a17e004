package org.enlace.crm.common.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.boundary.PageRequest;

/**
 * The one way lists are queried: paged in the database, sorted and filtered only on the fields a
 * list declares (the allow-lists map field names to JPQL paths, so no user text reaches the query
 * but as a parameter). A row is a projection of the columns the list shows, read with its joins in
 * one query: no entity graph is loaded, so there is never a query per row.
 */
public final class ListQuery<T> {

    private final Class<T> type;
    private final String alias;
    private final String select;
    private final String from;
    private final Map<String, String> sortable;
    private final Map<String, String> filterable;
    private final List<String> searchable;
    private final String defaultOrder;
    private final Map<String, String> exactFilters;

    private ListQuery(Builder<T> b) {
        this.type = b.type;
        this.alias = b.alias;
        this.select = b.select;
        this.from = b.from;
        this.sortable = Map.copyOf(b.sortable);
        this.filterable = Map.copyOf(b.filterable);
        this.searchable = List.copyOf(b.searchable);
        this.defaultOrder = b.defaultOrder;
        this.exactFilters = Map.copyOf(b.exact);
    }

    /**
     * A list of rows of the given type, built by {@code select} (a JPQL constructor expression)
     * over {@code from} (entity, alias and joins), e.g. {@code Contact c join c.account a}.
     */
    public static <T> Builder<T> of(Class<T> type, String alias, String select, String from) {
        return new Builder<>(type, alias, select, from);
    }

    /** One page of rows, in one query. */
    public List<T> rows(EntityManager em, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(request, parameters);
        TypedQuery<T> rows = em.createQuery("select " + select + " from " + from + where + orderBy(request), type)
                .setFirstResult(request.offset())
                .setMaxResults(request.limit());
        parameters.forEach(rows::setParameter);
        return rows.getResultList();
    }

    /** How many rows the whole list has with the request's filters. */
    public long count(EntityManager em, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count =
                em.createQuery("select count(" + alias + ") from " + from + where(request, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private String where(PageRequest request, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> filter : request.filters().entrySet()) {
            String value = filter.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String exact = exactFilters.get(filter.getKey());
            String path = filterable.get(filter.getKey());
            String name = "f" + n++;
            if (exact != null) {
                clauses.add(exact + " = :" + name);
                parameters.put(name, Long.valueOf(value));
            } else if (path != null) {
                clauses.add(path + " like :" + name + " escape '\\'");
                parameters.put(name, prefix(value));
            }
        }
        if (request.search() != null && !request.search().isBlank() && !searchable.isEmpty()) {
            List<String> any = new ArrayList<>();
            for (String path : searchable) {
                any.add(path + " like :q escape '\\'");
            }
            clauses.add("(" + String.join(" or ", any) + ")");
            parameters.put("q", prefix(request.search()));
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private String orderBy(PageRequest request) {
        String path = request.sortField() == null ? null : sortable.get(request.sortField());
        String order = path == null ? defaultOrder : path + (request.ascending() ? " asc" : " desc");
        return " order by " + order + ", " + alias + ".id";
    }

    /** A prefix search: the user's text with LIKE's wildcards escaped, then %. */
    public static String prefix(String value) {
        return value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static final class Builder<T> {
        private final Class<T> type;
        private final String alias;
        private final String select;
        private final String from;
        private final Map<String, String> sortable = new LinkedHashMap<>();
        private final Map<String, String> filterable = new LinkedHashMap<>();
        private final Map<String, String> exact = new LinkedHashMap<>();
        private final List<String> searchable = new ArrayList<>();
        private String defaultOrder;

        private Builder(Class<T> type, String alias, String select, String from) {
            this.type = type;
            this.alias = alias;
            this.select = select;
            this.from = from;
        }

        /** A column the list can sort and filter (by prefix) on. */
        public Builder<T> column(String field, String path) {
            sortable.put(field, path);
            filterable.put(field, path);
            return this;
        }

        /** A filter by id, e.g. the contacts of one account. */
        public Builder<T> byId(String field, String path) {
            exact.put(field, path);
            return this;
        }

        /** Paths the quick search box looks in (by prefix). */
        public Builder<T> search(String... paths) {
            searchable.addAll(List.of(paths));
            return this;
        }

        public Builder<T> defaultOrder(String order) {
            this.defaultOrder = order;
            return this;
        }

        public ListQuery<T> build() {
            if (defaultOrder == null) {
                throw new IllegalStateException("A list needs a default order");
            }
            return new ListQuery<>(this);
        }
    }
}
