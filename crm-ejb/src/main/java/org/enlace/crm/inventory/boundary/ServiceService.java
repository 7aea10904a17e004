package org.enlace.crm.inventory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.inventory.control.Catalog;
import org.enlace.crm.inventory.entity.ServiceItem;
import org.enlace.crm.record.control.Records;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.settings.control.ModuleGuarded;
import org.enlace.crm.settings.control.Picklists;

/** Inventario > Servicios: list, read, create, change, delete. */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
@ModuleGuarded(CrmModule.SERVICES)
public class ServiceService {

    private static final String OWNER = "s.owner.id";

    public static final ListQuery<ServiceRow> LIST = ListQuery.of(
                    ServiceRow.class,
                    "s",
                    "new org.enlace.crm.inventory.boundary.ServiceRow(s.id, s.number, s.name, s.category, s.usageUnit, s.unitPrice, s.active, o.displayName)",
                    "ServiceItem s join s.owner o")
            .alone("ServiceItem s")
            .column("number", "s.number")
            .column("name", "s.name")
            .byCode("category", "s.category")
            .column("owner", "o.displayName")
            .searchWhen(ListQuery.RECORD_NUMBER, "s.number")
            .search("s.name")
            .defaultOrder("s.name asc")
            .build();

    @PersistenceContext
    EntityManager em;

    @Inject
    Records records;

    @Inject
    AccessControl access;

    @Inject
    Picklists picklists;

    @Inject
    Catalog catalog;

    public List<ServiceRow> rows(@NotNull @Valid PageRequest request) {
        return LIST.rows(em, request, access.readable(CrmModule.SERVICES, OWNER));
    }

    public long count(@NotNull @Valid PageRequest request, @Min(0) int atMost) {
        return LIST.count(em, request, atMost, access.readable(CrmModule.SERVICES, OWNER));
    }

    public ServiceItem get(long id) {
        return find(id, Action.VIEW);
    }

    private ServiceItem find(long id, Action action) {
        return records.find(ServiceModule.DEFINITION, ServiceItem.class, id, action);
    }

    public Set<Action> allowedOn(long id) {
        ServiceItem record = get(id);
        return access.allowedOn(CrmModule.SERVICES, record.getOwner().getId());
    }

    /** The price in every active currency, derived from the base price. */
    public List<Price> prices(long id) {
        return catalog.prices(get(id).getUnitPrice(), Map.of());
    }

    public ServiceItem create(@NotNull @Valid ServiceItem form, long ownerId) {
        return records.create(ServiceModule.DEFINITION, new ServiceItem(), form, ownerId, this::apply);
    }

    public ServiceItem update(long id, long version, @NotNull @Valid ServiceItem form, long ownerId) {
        return records.update(ServiceModule.DEFINITION, ServiceItem.class, id, version, form, ownerId, this::apply);
    }

    public void delete(long id) {
        em.remove(find(id, Action.DELETE));
    }

    public Map<String, FieldAccess> fieldRules() {
        return access.fieldRules(CrmModule.SERVICES);
    }

    private void apply(ServiceItem service, ServiceItem form, Set<String> kept) {
        picklists.require(PicklistField.SERVICE_CATEGORY, form.getCategory(), service.getCategory(), kept);
        picklists.require(PicklistField.SERVICE_USAGE_UNIT, form.getUsageUnit(), service.getUsageUnit(), kept);
        if (!kept.contains("taxes")) {
            catalog.checkTaxes(form.getTaxes(), service.getTaxes());
        }
        service.updateFrom(form, kept);
    }
}
