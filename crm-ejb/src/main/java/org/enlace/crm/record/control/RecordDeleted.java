package org.enlace.crm.record.control;

import org.enlace.crm.common.entity.CrmModule;

/** A record was deleted through the save path, in the transaction that deleted it. */
public record RecordDeleted(CrmModule module, long id, String number, String name) {}
