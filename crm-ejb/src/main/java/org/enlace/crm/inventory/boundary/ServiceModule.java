package org.enlace.crm.inventory.boundary;

import static org.enlace.crm.common.boundary.CsvColumn.date;
import static org.enlace.crm.common.boundary.CsvColumn.number;
import static org.enlace.crm.common.boundary.CsvColumn.picklist;
import static org.enlace.crm.common.boundary.CsvColumn.text;
import static org.enlace.crm.common.boundary.CsvColumn.yesNo;

import java.util.List;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.control.ModuleDeclaration;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.ModuleDefinition.KeyIndex;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.inventory.entity.ServiceItem;

/** Servicios, as the shared parts of the CRM know them. */
public final class ServiceModule implements ModuleDeclaration {

    public static final ModuleDefinition DEFINITION = ModuleDefinition.of(
                    CrmModule.SERVICES, ServiceItem.class, "s", "service")
            .list(ServiceService.LIST)
            .rules(
                    List.of("name"),
                    List.of(
                            "active",
                            "category",
                            "usageUnit",
                            "numberOfUnits",
                            "unitPrice",
                            "commissionRate",
                            "taxes",
                            "salesDates",
                            "website",
                            "description"))
            .lookup("o", "s.ownerKey", "Owner")
            .columns(List.of(
                    text("s.number", null, "service.number"),
                    text("s.name", "name", "service.name"),
                    yesNo("s.active", "active", "service.active"),
                    picklist("s.category", PicklistField.SERVICE_CATEGORY, "service.category"),
                    picklist("s.usageUnit", PicklistField.SERVICE_USAGE_UNIT, "service.usageUnit"),
                    number("s.numberOfUnits", "numberOfUnits", "service.numberOfUnits"),
                    number("s.unitPrice", "unitPrice", "service.unitPrice"),
                    number("s.commissionRate", "commissionRate", "service.commissionRate"),
                    date("s.salesStart", "salesDates", "service.salesStart"),
                    date("s.salesEnd", "salesDates", "service.salesEnd"),
                    text("s.website", "website", "service.website"),
                    text("s.description", "description", "service.description"),
                    text("o.displayName", null, "common.owner")))
            .importedLinks("owner.displayName")
            .sequence(NumberSequences.SERVICE, "crm_service")
            .duplicateKey(DuplicateKey.NAME, new KeyIndex("name", "name", "ix_crm_service_name"))
            .dependents("crm_service_tax.service_id")
            .build();

    @Override
    public ModuleDefinition definition() {
        return DEFINITION;
    }
}
