package org.enlace.crm.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.account.boundary.AccountRef;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Pages;

/** Agregar Cuenta / Editar Cuenta. */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    private FieldView fields;

    @EJB
    AccountService accounts;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private Long id;
    private Account account;
    private long version;
    private Long ownerId;
    private AccountRef parent;
    private List<OwnerRef> assignable;

    public void load() {
        assignable = owners.assignable();
        if (id == null) {
            account = new Account();
            ownerId = owners.me();
            return;
        }
        account = accounts.get(Pages.requireId(id));
        version = account.getVersion();
        ownerId = account.getOwner().getId();
        parent = account.getParent() == null
                ? null
                : accounts.ref(account.getParent().getId());
    }

    public String save() {
        Long parentId = parent == null ? null : parent.id();
        Account saved = account.isNew()
                ? accounts.create(account, ownerId, parentId)
                : accounts.update(account.getId(), version, account, ownerId, parentId);
        messages.info(null, "account.saved", saved.getName());
        Pages.keepMessages();
        return "/account/view?faces-redirect=true&id=" + saved.getId();
    }

    public void copyBillingToShipping() {
        account.copyBillingToShipping();
    }

    public List<AccountRef> completeParent(String text) {
        return accounts.suggest(text, 15).stream()
                .filter(a -> account.isNew() || a.id() != account.getId())
                .toList();
    }

    public boolean isNew() {
        return account == null || account.isNew();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public AccountRef getParent() {
        return parent;
    }

    public void setParent(AccountRef parent) {
        this.parent = parent;
    }

    public List<OwnerRef> getAssignable() {
        return assignable;
    }

    /** The fields as the user's profiles let him have them. */
    public FieldView getFields() {
        if (fields == null) {
            Map<String, FieldAccess> rules = new HashMap<>(accounts.fieldRules());
            if (isNew()) {
                // a new record needs its mandatory fields, read-only or not
                rules.keySet().removeIf(CrmModule.ACCOUNTS::isMandatory);
            }
            fields = new FieldView(rules);
        }
        return fields;
    }
}
