package org.enlace.crm.web.opportunity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.opportunity.boundary.OpportunityService;
import org.enlace.crm.opportunity.entity.Opportunity;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.web.common.RecordView;

/** An opportunity's detail page. */
@Named
@ViewScoped
public class OpportunityView extends RecordView<Opportunity> {

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
