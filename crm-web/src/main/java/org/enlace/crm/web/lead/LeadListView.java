package org.enlace.crm.web.lead;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.lead.boundary.LeadRow;
import org.enlace.crm.lead.boundary.LeadService;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.ListPage;

/** Prospectos: the list. */
@Named
@ViewScoped
public class LeadListView extends ListPage<LeadRow> {

    private static final long serialVersionUID = 1L;

    private FieldView fields;

    @EJB
    LeadService leads;

    @Override
    protected CrmModule exportModule() {
        return CrmModule.LEADS;
    }

    @Override
    protected RecordService<?, ?> records() {
        return leads;
    }

    @Override
    protected LazyList<LeadRow> createModel() {
        return new LazyList<>(leads::rows, leads::count);
    }

    /** The fields as the user's profiles let him have them. */
    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(leads.fieldRules());
        }
        return fields;
    }
}
