package org.enlace.crm.web.opportunity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.opportunity.boundary.OpportunityService;
import org.enlace.crm.opportunity.entity.Opportunity;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.web.common.RecordEditView;

/** Agregar / Editar Oportunidad. */
@Named
@ViewScoped
public class OpportunityEditView extends RecordEditView<Opportunity> {

    private static final long serialVersionUID = 1L;

    @EJB
    OpportunityService opportunities;

    @Override
    protected RecordService<Opportunity, ?> service() {
        return opportunities;
    }

    @Override
    protected String folder() {
        return "opportunity";
    }
}
