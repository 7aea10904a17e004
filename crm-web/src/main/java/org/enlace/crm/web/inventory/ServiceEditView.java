package org.enlace.crm.web.inventory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.inventory.boundary.ServiceService;
import org.enlace.crm.inventory.boundary.TaxService;
import org.enlace.crm.inventory.entity.ServiceItem;
import org.enlace.crm.inventory.entity.TaxClass;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.settings.boundary.CurrencyService;
import org.enlace.crm.settings.entity.Currency;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Pages;

/** Agregar Servicio / Editar Servicio. */
@Named
@ViewScoped
public class ServiceEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceService services;

    @EJB
    TaxService taxes;

    @EJB
    CurrencyService currencies;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private FieldView fields;
    private Long id;
    private ServiceItem service;
    private long version;
    private Long ownerId;
    private List<OwnerRef> assignable;
    private List<TaxClass> taxClasses;
    private Currency base;

    public void load() {
        assignable = owners.assignable();
        if (id == null) {
            service = new ServiceItem();
            ownerId = owners.me();
        } else {
            service = services.get(Pages.requireId(id));
            version = service.getVersion();
            ownerId = service.getOwner().getId();
        }
        taxClasses = taxes.all().stream()
                .filter(t -> t.isActive() || service.getTaxes().contains(t.getCode()))
                .toList();
        base = currencies.base();
    }

    public String save() {
        ServiceItem saved = service.isNew()
                ? services.create(service, ownerId)
                : services.update(service.getId(), version, service, ownerId);
        messages.info(null, "service.saved", saved.getName());
        Pages.keepMessages();
        return "/service/view?faces-redirect=true&id=" + saved.getId();
    }

    public boolean isNew() {
        return service == null || service.isNew();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ServiceItem getService() {
        return service;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<OwnerRef> getAssignable() {
        return assignable;
    }

    public List<TaxClass> getTaxClasses() {
        return taxClasses;
    }

    public Currency getBase() {
        return base;
    }

    public FieldView getFields() {
        if (fields == null) {
            Map<String, FieldAccess> rules = new HashMap<>(services.fieldRules());
            if (isNew()) {
                rules.keySet().removeIf(CrmModule.SERVICES::isMandatory);
            }
            fields = new FieldView(rules);
        }
        return fields;
    }
}
