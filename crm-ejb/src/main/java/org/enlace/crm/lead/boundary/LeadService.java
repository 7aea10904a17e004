package org.enlace.crm.lead.boundary;

import jakarta.ejb.Stateless;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.lead.entity.Lead;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.control.ModuleGuarded;

/** Prospectos: everything comes from the definition and the shared boundary. */
@Stateless
@ModuleGuarded(CrmModule.LEADS)
@jakarta.annotation.security.RolesAllowed(CrmRole.Names.USER)
public class LeadService extends RecordService<Lead, LeadRow> {

    @Override
    protected ModuleDefinition definition() {
        return LeadModule.DEFINITION;
    }

    @Override
    protected Class<Lead> type() {
        return Lead.class;
    }

    @Override
    protected Lead blank() {
        return new Lead();
    }
}
