package org.enlace.crm.web.inventory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.inventory.boundary.ServiceRow;
import org.enlace.crm.inventory.boundary.ServiceService;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.ListPage;

/** Servicios: the list. */
@Named
@ViewScoped
public class ServiceListView extends ListPage<ServiceRow> {

    private static final long serialVersionUID = 1L;

    private FieldView fields;

    @EJB
    ServiceService services;

    @Override
    protected CrmModule exportModule() {
        return CrmModule.SERVICES;
    }

    @Override
    protected LazyList<ServiceRow> createModel() {
        return new LazyList<>(services::rows, services::count);
    }

    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(services.fieldRules());
        }
        return fields;
    }
}
