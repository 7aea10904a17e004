package org.enlace.crm.web.opportunity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.opportunity.boundary.OpportunityRow;
import org.enlace.crm.opportunity.boundary.OpportunityService;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.ListPage;

/** Oportunidades: the list. */
@Named
@ViewScoped
public class OpportunityListView extends ListPage<OpportunityRow> {

    private static final long serialVersionUID = 1L;

    private FieldView fields;

    @EJB
    OpportunityService opportunities;

    @Override
    protected CrmModule exportModule() {
        return CrmModule.OPPORTUNITIES;
    }

    @Override
    protected RecordService<?, ?> records() {
        return opportunities;
    }

    @Override
    protected LazyList<OpportunityRow> createModel() {
        return new LazyList<>(opportunities::rows, opportunities::count);
    }

    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(opportunities.fieldRules());
        }
        return fields;
    }
}
