package org.enlace.crm.common.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list: where it starts, how many rows, the sort field (checked against the list's
 * allow-list), per-column filters and the quick search text.
 */
public record PageRequest(
        @Min(0) int offset,
        @Min(1) @Max(200) int limit,
        @Size(max = 60) String sortField,
        boolean ascending,
        Map<String, String> filters,
        @Size(max = 100) String search)
        implements Serializable {

    public PageRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true, Map.of(), null);
    }
}
