package org.enlace.crm.security.boundary;

import java.time.Instant;
import org.enlace.crm.common.boundary.ListRow;
import org.enlace.crm.security.entity.LoginEvent;

/** One line of the login history. */
public record LoginRow(long id, Instant at, String username, String address, LoginEvent.Result result)
        implements ListRow {

    @Override
    public long getId() {
        return id;
    }
}
