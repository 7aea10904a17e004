package org.enlace.crm.web.lead;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.lead.boundary.LeadService;
import org.enlace.crm.lead.entity.Lead;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.web.common.RecordEditView;

/** Agregar / Editar Prospecto. */
@Named
@ViewScoped
public class LeadEditView extends RecordEditView<Lead> {

    private static final long serialVersionUID = 1L;

    @EJB
    LeadService leads;

    @Override
    protected RecordService<Lead, ?> service() {
        return leads;
    }

    @Override
    protected String folder() {
        return "lead";
    }
}
