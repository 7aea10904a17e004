package org.enlace.crm.settings.boundary;

import java.util.List;
import java.util.Map;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.settings.entity.PicklistValue;

/** The settings every page reads (picklists, module switches, the company's name and logo), as one revision. */
public record SettingsSnapshot(
        long revision,
        Map<PicklistField, List<PicklistValue>> picklists,
        Map<CrmModule, Boolean> modules,
        String companyName,
        long logoVersion) {

    public List<PicklistValue> values(PicklistField field) {
        return picklists.getOrDefault(field, List.of());
    }

    public boolean enabled(CrmModule module) {
        return modules.getOrDefault(module, Boolean.TRUE);
    }
}
