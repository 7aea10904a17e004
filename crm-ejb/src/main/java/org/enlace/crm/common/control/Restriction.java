package org.enlace.crm.common.control;

import java.util.Map;
import java.util.Set;

/**
 * What the access control adds to a list's query: a condition on the records (e.g. {@code
 * c.owner.id in :owners}) with its parameters, null when the caller may see every record; and the
 * paths of the fields hidden from him (e.g. {@code c.email}), which the list then neither sorts,
 * filters nor searches on.
 */
public record Restriction(String clause, Map<String, Object> parameters, Set<String> hiddenPaths) {

    public static final Restriction NONE = new Restriction(null, Map.of(), Set.of());

    /** A restriction that no row passes (a caller with no right to the module at all). */
    public static final Restriction NOTHING = new Restriction("1 = 0", Map.of(), Set.of());

    public Restriction {
        parameters = Map.copyOf(parameters);
        hiddenPaths = Set.copyOf(hiddenPaths);
    }

    public Restriction(String clause, Map<String, Object> parameters) {
        this(clause, parameters, Set.of());
    }

    public boolean isNone() {
        return clause == null;
    }

    public Restriction hiding(Set<String> paths) {
        return new Restriction(clause, parameters, paths);
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
