package org.enlace.crm.web.lead;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.enlace.crm.common.boundary.RecordRef;
import org.enlace.crm.lead.boundary.LeadService;
import org.enlace.crm.lead.entity.Lead;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.web.common.RecordView;

/** A lead's detail page. */
@Named
@ViewScoped
public class LeadView extends RecordView<Lead> {

    private static final long serialVersionUID = 1L;

    @EJB
    LeadService leads;

    private List<RecordRef> convertedInto;
    private Boolean mayConvert;

    /** What the converted lead became, as links. */
    public List<RecordRef> getConvertedInto() {
        if (convertedInto == null) {
            convertedInto = leads.convertedInto(getRecord().getId());
        }
        return convertedInto;
    }

    /** Whether the page offers Convertir prospecto (the profile's convert right, an unconverted lead). */
    public boolean isMayConvert() {
        if (mayConvert == null) {
            Set<Action> allowed = leads.allowedOn(getRecord().getId());
            mayConvert = allowed.contains(Action.CONVERT) && allowed.contains(Action.EDIT);
        }
        return mayConvert;
    }

    @Override
    protected RecordService<Lead, ?> service() {
        return leads;
    }

    @Override
    protected String folder() {
        return "lead";
    }
}
