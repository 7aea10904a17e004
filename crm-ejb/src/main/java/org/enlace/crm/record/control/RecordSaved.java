package org.enlace.crm.record.control;

import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.common.entity.Owner;

/**
 * A record was created or changed through the save path, in the transaction that saved it:
 * {@code ownerBefore} is null for a new record; {@code bulk} marks one of many saved together (a
 * mass transfer, an import), told about once as a whole ({@link RecordsAssigned}). Notifications
 * observe it; they do not know the modules.
 */
public record RecordSaved(CrmModule module, OwnedEntity record, Owner ownerBefore, boolean created, boolean bulk) {

    public RecordSaved(CrmModule module, OwnedEntity record, Owner ownerBefore, boolean created) {
        this(module, record, ownerBefore, created, false);
    }

    /** Whether the record now belongs to someone else than before (always for a new record). */
    public boolean ownerChanged() {
        return ownerBefore == null
                || !ownerBefore.getId().equals(record.getOwner().getId());
    }
}
