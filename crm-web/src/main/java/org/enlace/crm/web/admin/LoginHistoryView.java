package org.enlace.crm.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.security.boundary.HistoryService;
import org.enlace.crm.security.boundary.LoginRow;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.ListPage;

/** Configuración > Historial de accesos: every sign-in attempt, newest first. */
@Named
@ViewScoped
public class LoginHistoryView extends ListPage<LoginRow> {

    private static final long serialVersionUID = 1L;

    @EJB
    HistoryService history;

    @Override
    protected LazyList<LoginRow> createModel() {
        return new LazyList<>(history::logins, history::countLogins);
    }
}
