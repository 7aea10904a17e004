package org.enlace.crm.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.enlace.crm.account.boundary.AccountRow;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.ListPage;

/** Cuentas: the list. */
@Named
@ViewScoped
public class AccountListView extends ListPage<AccountRow> {

    private static final long serialVersionUID = 1L;

    private FieldView fields;

    @EJB
    AccountService accounts;

    @Override
    protected CrmModule exportModule() {
        return CrmModule.ACCOUNTS;
    }

    @Override
    protected LazyList<AccountRow> createModel() {
        return new LazyList<>(accounts::rows, accounts::count);
    }

    /** The fields as the user's profiles let him have them. */
    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(accounts.fieldRules());
        }
        return fields;
    }
}
