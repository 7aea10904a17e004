package org.enlace.crm.common.control;

import java.util.Map;
import java.util.Set;

/**
 * What the access control adds to a list's query: a condition on the records (e.g. {@code
 * c.owner.id in :owners}) with its parameters, null when the caller may see every record; and the
 * paths of the fields hidden from him (e.g. {@code c.email}), which the list then neither sorts,
 * filters nor searches on.
 */
public record Restriction(String clause, Map<String, Object> parameters, Set<String> hiddenPaths, String walkClause) {

    public static final Restriction NONE = new Restriction(null, Map.of(), Set.of(), null);

    /** A restriction that no row passes (a caller with no right to the module at all). */
    public static final Restriction NOTHING = new Restriction("1 = 0", Map.of(), Set.of(), null);

    public Restriction {
        parameters = Map.copyOf(parameters);
        hiddenPaths = Set.copyOf(hiddenPaths);
    }

    public Restriction(String clause, Map<String, Object> parameters) {
        this(clause, parameters, Set.of(), null);
    }

    public Restriction(String clause, Map<String, Object> parameters, Set<String> hiddenPaths) {
        this(clause, parameters, hiddenPaths, null);
    }

    /**
     * The same condition written for a list read in its own order with nothing else narrowing it
     * (no search, no filter), e.g. {@code (c.owner.id + 0) in :owners}: the database then walks
     * the list's index, which carries the owner, instead of fetching every row of those owners
     * through the owner index and sorting them (Derby costs the latter lower, not knowing that
     * only one page is wanted).
     */
    public Restriction walking(String clause) {
        return isNone() ? this : new Restriction(this.clause, parameters, hiddenPaths, clause);
    }

    /** The clause for a list narrowed by a search or filters, or read in its own order. */
    String clauseFor(boolean narrowed) {
        return narrowed || walkClause == null ? clause : walkClause;
    }

    public boolean isNone() {
        return clause == null;
    }

    public Restriction hiding(Set<String> paths) {
        return new Restriction(clause, parameters, paths, walkClause);
    }

    /** Whether a path (e.g. {@code c.email} or {@code a.billingAddress.city}) reads a hidden field. */
    public boolean hides(String path) {
        for (String hidden : hiddenPaths) {
            if (path.equals(hidden) || path.startsWith(hidden + ".")) {
                return true;
            }
        }
        return false;
    }
}
