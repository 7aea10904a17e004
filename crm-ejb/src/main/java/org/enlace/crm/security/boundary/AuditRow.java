package org.enlace.crm.security.boundary;

import java.time.Instant;
import org.enlace.crm.common.boundary.ListRow;

/** One line of the audit log. */
public record AuditRow(
        long id,
        Instant at,
        String actorName,
        String entityType,
        String entityName,
        String action,
        String before,
        String after)
        implements ListRow {

    @Override
    public long getId() {
        return id;
    }
}
