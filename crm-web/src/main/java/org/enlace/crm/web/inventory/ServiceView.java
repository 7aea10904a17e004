package org.enlace.crm.web.inventory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.enlace.crm.inventory.boundary.Price;
import org.enlace.crm.inventory.boundary.ServiceService;
import org.enlace.crm.inventory.boundary.TaxService;
import org.enlace.crm.inventory.entity.ServiceItem;
import org.enlace.crm.inventory.entity.TaxClass;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.web.common.AuditNames;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Pages;

/** A service's detail page, with its prices in every currency and the delete dialog. */
@Named
@ViewScoped
public class ServiceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceService services;

    @EJB
    TaxService taxes;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private Long id;
    private ServiceItem service;
    private boolean mayEdit;
    private boolean mayDelete;
    private AuditNames audit;
    private FieldView fields;
    private List<Price> prices;
    private String taxNames;

    public void load() {
        service = services.get(Pages.requireId(id));
        Set<Action> allowed = services.allowedOn(service.getId());
        mayEdit = allowed.contains(Action.EDIT);
        mayDelete = allowed.contains(Action.DELETE);
        audit = AuditNames.of(service, owners);
        prices = services.prices(service.getId());
        taxNames = String.join(
                ", ",
                taxes.all().stream()
                        .filter(t -> service.getTaxes().contains(t.getCode()))
                        .map(TaxClass::getName)
                        .toList());
    }

    public String delete() {
        services.delete(service.getId());
        messages.info(null, "service.deleted", service.getName());
        Pages.keepMessages();
        return "/service/list?faces-redirect=true";
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

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isMayDelete() {
        return mayDelete;
    }

    public AuditNames getAudit() {
        return audit;
    }

    public List<Price> getPrices() {
        return prices;
    }

    public String getTaxNames() {
        return taxNames;
    }

    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(services.fieldRules());
        }
        return fields;
    }
}
