package org.enlace.crm.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.account.boundary.AccountRow;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.ListPage;

/** Cuentas: the list. */
@Named
@ViewScoped
public class AccountListView extends ListPage<AccountRow> {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    @Override
    protected LazyList<AccountRow> createModel() {
        return new LazyList<>(accounts::rows, accounts::count);
    }
}
