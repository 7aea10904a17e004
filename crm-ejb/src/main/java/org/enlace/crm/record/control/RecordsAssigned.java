package org.enlace.crm.record.control;

import java.util.List;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.Owner;

/**
 * Many records went to one owner at once (a mass transfer): he is told once, with how many and
 * the first numbers, rather than once per record.
 */
public record RecordsAssigned(CrmModule module, Owner owner, int count, List<String> numbers) {}
