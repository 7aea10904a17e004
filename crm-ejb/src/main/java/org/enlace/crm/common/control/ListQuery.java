package org.enlace.crm.common.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.enlace.crm.common.boundary.ListRow;
import org.enlace.crm.common.boundary.PageRequest;

/**
 * The one way lists are queried: paged in the database, sorted and filtered only on the fields a
 * list declares (the allow-lists map field names to JPQL paths, so no user text reaches the query
 * but as a parameter). A row is a projection of the columns the list shows, read with its joins in
 * one query: no entity graph is loaded, so there is never a query per row.
 */
public final class ListQuery<T extends ListRow> {

    /** Text that looks like an email address. */
    public static final Predicate<String> EMAIL = text -> text.indexOf('@') >= 0;

    /** Text that looks like a record number, e.g. CON-12 or con-. */
    public static final Predicate<String> RECORD_NUMBER =
            Pattern.compile("(?i)[a-z]{2,4}-\\d*").asMatchPredicate();

    /** Sorts after every character a name holds, under any collation we use (tested). */
    static final char HIGHEST = '\uFFFF';

    private record SearchRule(Predicate<String> shape, String path, UnaryOperator<String> normalize) {}

    private final Class<T> type;
    private final String alias;
    private final String select;
    private final String from;
    private final String alone;
    private final Map<String, String> sortable;
    private final Map<String, String> filterable;
    private final List<SearchRule> searchRules;
    private final String name;
    private final String nameAfterComma;
    private final String defaultOrder;
    private final Map<String, String> exactFilters;
    private final Map<String, String> codeFilters;

    private ListQuery(Builder<T> b) {
        this.type = b.type;
        this.alias = b.alias;
        this.select = b.select;
        this.from = b.from;
        this.alone = b.alone;
        this.sortable = Map.copyOf(b.sortable);
        this.filterable = Map.copyOf(b.filterable);
        this.searchRules = List.copyOf(b.searchRules);
        this.name = b.name;
        this.nameAfterComma = b.nameAfterComma;
        this.defaultOrder = b.defaultOrder;
        this.exactFilters = Map.copyOf(b.exact);
        this.codeFilters = Map.copyOf(b.codes);
    }

    /**
     * A list of rows of the given type, built by {@code select} (a JPQL constructor expression)
     * over {@code from} (entity, alias and joins), e.g. {@code Contact c join c.account a}.
     */
    public static <T extends ListRow> Builder<T> of(Class<T> type, String alias, String select, String from) {
        return new Builder<>(type, alias, select, from);
    }

    /**
     * One page of rows. When the filters and the order need only the list's own entity, the page
     * is found in two steps: the ids of the page from that entity alone (read in order from an
     * index that matches the sort, whatever the joins), then the rows of those ids with their
     * joins. A single query with the joins lets the database pick a join order that sorts the
     * whole table for every page.
     */
    public List<T> rows(EntityManager em, PageRequest request, Restriction access) {
        return page(
                em,
                type,
                select,
                where(request, access, true),
                orderBy(request, access),
                request.offset(),
                request.limit());
    }

    /**
     * For autocompletes: up to max results of another projection (over the same from) that the
     * quick search finds for the text, in the list's order.
     */
    public <R extends ListRow> List<R> suggest(
            EntityManager em, Class<R> resultType, String projection, String text, int max, Restriction access) {
        Where where = where(new PageRequest(0, max, null, true, Map.of(), text), access, true);
        return page(em, resultType, projection, where, orderBy(null, access), 0, max);
    }

    private <R extends ListRow> List<R> page(
            EntityManager em, Class<R> resultType, String projection, Where where, Order order, int first, int max) {
        if (alone == null || where.joined() || order.joined()) {
            TypedQuery<R> rows = em.createQuery(
                            "select " + projection + " from " + from + where.sql() + order.sql(), resultType)
                    .setFirstResult(first)
                    .setMaxResults(max);
            where.parameters().forEach(rows::setParameter);
            return rows.getResultList();
        }
        TypedQuery<Long> page = em.createQuery(
                        "select " + alias + ".id from " + alone + where.sql() + order.sql(), Long.class)
                .setFirstResult(first)
                .setMaxResults(max);
        where.parameters().forEach(page::setParameter);
        List<Long> ids = page.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, R> byId = new HashMap<>();
        for (R row : em.createQuery(
                        "select " + projection + " from " + from + " where " + alias + ".id in :ids", resultType)
                .setParameter("ids", ids)
                .getResultList()) {
            byId.put(row.getId(), row);
        }
        List<R> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            R row = byId.get(id);
            if (row != null) { // deleted between the two reads
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * How many rows the list has with the request's filters, counted up to atMost: the exact
     * number when there are at most that many, else atMost + 1 ("more than atMost"). Counting a
     * million rows on every page would cost more than the page; a list needs only to know how far
     * the user can go from where he is.
     */
    public long count(EntityManager em, PageRequest request, int atMost, Restriction access) {
        // the range alone: a count only tells how far the user can page, and the LIKE, evaluated
        // under the collation for every entry read, doubled its cost
        Where where = where(request, access, false);
        String source = alone == null || where.joined() ? from : alone;
        TypedQuery<Long> ids = em.createQuery("select " + alias + ".id from " + source + where.sql(), Long.class)
                .setMaxResults(atMost + 1);
        where.parameters().forEach(ids::setParameter);
        return ids.getResultList().size();
    }

    /**
     * For an export: up to max rows of another projection (of the list's own entity) after the
     * given id, in id order, that the list with the request's filters and search shows the caller.
     * One query per chunk, read in primary-key order; joined only when a filter needs it.
     */
    public <R> List<R> rowsAfter(
            EntityManager em,
            Class<R> resultType,
            String projection,
            PageRequest request,
            Restriction access,
            Collection<Long> only,
            long afterId,
            int max) {
        Where where = where(request, access.walking(null), true);
        String source = alone == null || where.joined() ? from : alone;
        String clause = (where.sql().isEmpty() ? " where " : where.sql() + " and ") + alias + ".id > :afterId"
                + (only == null ? "" : " and " + alias + ".id in :only");
        TypedQuery<R> rows = em.createQuery(
                        "select " + projection + " from " + source + clause + " order by " + alias + ".id", resultType)
                .setParameter("afterId", afterId)
                .setMaxResults(max);
        if (only != null) {
            rows.setParameter("only", only.isEmpty() ? List.of(-1L) : List.copyOf(only));
        }
        where.parameters().forEach(rows::setParameter);
        return rows.getResultList();
    }

    /** A where clause, its parameters, and whether it needs an entity joined to the list's own. */
    private record Where(String sql, Map<String, Object> parameters, boolean joined) {}

    /**
     * The request's filters and search, and the access control's restriction, which speaks only
     * of the list's own entity (its owner), so it never forces the joins.
     */
    private Where where(PageRequest request, Restriction access, boolean withLike) {
        Map<String, Object> parameters = new HashMap<>(access.parameters());
        List<String> clauses = new ArrayList<>();
        boolean narrowed = (request.search() != null && !request.search().isBlank())
                || request.filters().values().stream().anyMatch(v -> v != null && !v.isBlank());
        if (!access.isNone()) {
            clauses.add("(" + access.clauseFor(narrowed) + ")");
        }
        List<String> paths = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> filter : request.filters().entrySet()) {
            String value = filter.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String exact = exactFilters.get(filter.getKey());
            String code = codeFilters.get(filter.getKey());
            String path = filterable.get(filter.getKey());
            if ((path != null && access.hides(path)) || (code != null && access.hides(code))) {
                continue; // no filtering on what the user may not see
            }
            String name = "f" + n++;
            if (code != null) {
                clauses.add(code + " = :" + name);
                parameters.put(name, value);
                paths.add(code);
            } else if (exact != null) {
                clauses.add(exact + " = :" + name);
                parameters.put(name, Long.valueOf(value));
                paths.add(exact);
            } else if (path != null) {
                clauses.add(startsWith(path, name, value, parameters, withLike));
                paths.add(path);
            }
        }
        String search = request.search() == null ? "" : request.search().strip();
        if (!search.isEmpty()) {
            clauses.add(search(search, parameters, paths, access, withLike));
        }
        boolean joined = paths.stream().anyMatch(path -> !path.startsWith(alias + "."));
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), parameters, joined);
    }

    /**
     * The quick search: the first rule whose shape fits the text (an email, a record number...),
     * else the names: "López" finds last names starting with López, "López, Ana" also needs a
     * first name starting with Ana. One indexed column per search, never an OR over columns, which
     * no database can answer from an index in the list's order.
     */
    private String search(
            String text, Map<String, Object> parameters, List<String> paths, Restriction access, boolean exact) {
        for (SearchRule rule : searchRules) {
            if (rule.shape().test(text) && !access.hides(rule.path())) {
                paths.add(rule.path());
                return startsWith(rule.path(), "q", rule.normalize().apply(text), parameters, exact);
            }
        }
        paths.add(name);
        int comma = text.indexOf(',');
        if (comma < 0 || nameAfterComma == null || access.hides(nameAfterComma)) {
            return startsWith(name, "q", text, parameters, exact);
        }
        String before = text.substring(0, comma).strip();
        String after = text.substring(comma + 1).strip();
        String clause = startsWith(name, "q", before.isEmpty() ? text : before, parameters, exact);
        if (after.isEmpty()) {
            return clause;
        }
        paths.add(nameAfterComma);
        return clause + " and " + startsWith(nameAfterComma, "q2", after, parameters, exact);
    }

    /**
     * "path starts with value": the LIKE gives the exact answer, and the range (from the text to
     * the text followed by the highest character) lets the database read only that stretch of an
     * index on path. Derby cannot turn LIKE into a range itself under a territory-based
     * collation; the range compares with the same collation, so it ignores case and accents as
     * the LIKE does, and every string starting with the text falls inside it.
     */
    private static String startsWith(
            String path, String name, String value, Map<String, Object> parameters, boolean exact) {
        String text = value.strip();
        parameters.put(name + "from", text);
        parameters.put(name + "to", text + HIGHEST);
        String range = path + " >= :" + name + "from and " + path + " < :" + name + "to";
        if (!exact) {
            return range;
        }
        parameters.put(name, prefix(text));
        return range + " and " + path + " like :" + name + " escape '\\'";
    }

    /** An order by clause, and whether it sorts on an entity joined to the list's own. */
    private record Order(String sql, boolean joined) {}

    private Order orderBy(PageRequest request, Restriction access) {
        String path = request == null || request.sortField() == null ? null : sortable.get(request.sortField());
        if (path != null && access.hides(path)) {
            path = null; // no sorting on what the user may not see
        }
        String order = path == null ? defaultOrder : path + (request.ascending() ? " asc" : " desc");
        boolean joined = path == null ? !ownPaths(defaultOrder) : !path.startsWith(alias + ".");
        return new Order(" order by " + order + ", " + alias + ".id", joined);
    }

    private boolean ownPaths(String order) {
        for (String part : order.split(",")) {
            if (!part.strip().startsWith(alias + ".")) {
                return false;
            }
        }
        return true;
    }

    /** A prefix search: the user's text with LIKE's wildcards escaped, then %. */
    public static String prefix(String value) {
        return value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static final class Builder<T extends ListRow> {
        private final Class<T> type;
        private final String alias;
        private final String select;
        private final String from;
        private String alone;
        private final Map<String, String> sortable = new LinkedHashMap<>();
        private final Map<String, String> filterable = new LinkedHashMap<>();
        private final Map<String, String> exact = new LinkedHashMap<>();
        private final Map<String, String> codes = new LinkedHashMap<>();
        private final List<SearchRule> searchRules = new ArrayList<>();
        private String name;
        private String nameAfterComma;
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

        /** A column the list can sort on only (an amount, a date). */
        public Builder<T> sortOnly(String field, String path) {
            sortable.put(field, path);
            return this;
        }

        /** A filter by a picklist code (exact), e.g. the products of one category; sortable too. */
        public Builder<T> byCode(String field, String path) {
            codes.put(field, path);
            sortable.put(field, path);
            return this;
        }

        /** A filter by id, e.g. the contacts of one account. */
        public Builder<T> byId(String field, String path) {
            exact.put(field, path);
            return this;
        }

        /** The quick search looks in path (by prefix) when the text has the given shape. */
        public Builder<T> searchWhen(Predicate<String> shape, String path) {
            return searchWhen(shape, path, UnaryOperator.identity());
        }

        /** Likewise, with the text normalized first (e.g. a NIT typed with dots). */
        public Builder<T> searchWhen(Predicate<String> shape, String path, UnaryOperator<String> normalize) {
            searchRules.add(new SearchRule(shape, path, normalize));
            return this;
        }

        /** What the quick search looks in otherwise: a name, by prefix. */
        public Builder<T> search(String path) {
            return search(path, null);
        }

        /** A name in two parts: "last, first" looks for both prefixes. */
        public Builder<T> search(String path, String afterComma) {
            this.name = path;
            this.nameAfterComma = afterComma;
            return this;
        }

        /**
         * The list's entity without its joins (e.g. {@code Contact c}), to find a page or count
         * when no filter or sort needs a joined entity: only for joins that never change the
         * number of rows (to-one joins on required fields).
         */
        public Builder<T> alone(String entityAndAlias) {
            this.alone = entityAndAlias;
            return this;
        }

        public Builder<T> defaultOrder(String order) {
            this.defaultOrder = order;
            return this;
        }

        public ListQuery<T> build() {
            if (defaultOrder == null || name == null) {
                throw new IllegalStateException("A list needs a default order and a quick search");
            }
            return new ListQuery<>(this);
        }
    }
}
