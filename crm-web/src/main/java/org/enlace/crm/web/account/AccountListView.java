package org.enlace.crm.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.enlace.crm.account.boundary.AccountRow;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.web.common.LazyList;

/** Cuentas: the list. */
@Named
@ViewScoped
public class AccountListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    private LazyList<AccountRow> model;

    public LazyList<AccountRow> getModel() {
        if (model == null) {
            model = new LazyList<>(accounts::rows, accounts::count);
        }
        return model;
    }
}
