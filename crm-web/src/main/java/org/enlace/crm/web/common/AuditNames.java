package org.enlace.crm.web.common;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.enlace.crm.common.entity.BaseEntity;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;

/** Who created and last changed a record, by name, looked up in one query for a detail page. */
public final class AuditNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> names;
    private final Long createdBy;
    private final Long modifiedBy;

    private AuditNames(Map<Long, String> names, Long createdBy, Long modifiedBy) {
        this.names = names;
        this.createdBy = createdBy;
        this.modifiedBy = modifiedBy;
    }

    public static AuditNames of(BaseEntity record, OwnerDirectory owners) {
        Set<Long> ids = Stream.of(record.getCreatedBy(), record.getModifiedBy())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = owners.names(ids).stream().collect(Collectors.toMap(OwnerRef::id, OwnerRef::name));
        return new AuditNames(names, record.getCreatedBy(), record.getModifiedBy());
    }

    public String getCreatedBy() {
        return createdBy == null ? "" : names.getOrDefault(createdBy, "");
    }

    public String getModifiedBy() {
        return modifiedBy == null ? "" : names.getOrDefault(modifiedBy, "");
    }
}
