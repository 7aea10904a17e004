package org.enlace.crm.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.security.boundary.AuditRow;
import org.enlace.crm.security.boundary.HistoryService;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.ListPage;

/** Configuración > Registro de cambios: every change to the security scheme, newest first. */
@Named
@ViewScoped
public class AuditLogView extends ListPage<AuditRow> {

    private static final long serialVersionUID = 1L;

    @EJB
    HistoryService history;

    @Override
    protected LazyList<AuditRow> createModel() {
        return new LazyList<>(history::audit, history::countAudit);
    }
}
