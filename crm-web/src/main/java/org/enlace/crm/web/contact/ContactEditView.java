package org.enlace.crm.web.contact;

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
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.boundary.ContactRef;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Pages;

/** Agregar Contacto / Editar Contacto, as the FAQ describes it. */
@Named
@ViewScoped
public class ContactEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    private FieldView fields;

    @EJB
    ContactService contacts;

    @EJB
    AccountService accounts;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private Long id;
    private Long accountId;
    private Contact contact;
    private long version;
    private AccountRef account;
    private ContactRef reportsTo;
    private Long ownerId;
    private List<OwnerRef> assignable;

    public void load() {
        assignable = owners.assignable();
        if (id == null) {
            contact = new Contact();
            ownerId = owners.me();
            if (accountId != null) {
                try {
                    account = accounts.ref(accountId);
                } catch (NotFoundException e) {
                    // an unknown account in the link: say so next to the field and let the user choose
                    messages.error("contact:account", "crm.contact.account.unknown");
                }
            }
            return;
        }
        contact = contacts.get(Pages.requireId(id));
        version = contact.getVersion();
        ownerId = contact.getOwner().getId();
        account = accounts.ref(contact.getAccount().getId());
        reportsTo = contact.getReportsTo() == null
                ? null
                : contacts.ref(contact.getReportsTo().getId());
    }

    public String save() {
        Long chosenAccount = account == null ? null : account.id();
        Long manager = reportsTo == null ? null : reportsTo.id();
        Contact saved = contact.isNew()
                ? contacts.create(contact, chosenAccount, ownerId, manager)
                : contacts.update(contact.getId(), version, contact, chosenAccount, ownerId, manager);
        messages.info(null, "contact.saved", saved.getFullName());
        Pages.keepMessages();
        return "/contact/view?faces-redirect=true&id=" + saved.getId();
    }

    public List<AccountRef> completeAccount(String text) {
        return accounts.suggest(text, 15);
    }

    public List<ContactRef> completeReportsTo(String text) {
        return contacts.suggest(text, 15).stream()
                .filter(c -> contact.isNew() || c.id() != contact.getId())
                .toList();
    }

    public boolean isNew() {
        return contact == null || contact.isNew();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Contact getContact() {
        return contact;
    }

    public AccountRef getAccount() {
        return account;
    }

    public void setAccount(AccountRef account) {
        this.account = account;
    }

    public ContactRef getReportsTo() {
        return reportsTo;
    }

    public void setReportsTo(ContactRef reportsTo) {
        this.reportsTo = reportsTo;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<OwnerRef> getAssignable() {
        return assignable;
    }

    /** The fields as the user's profiles let him have them. */
    public FieldView getFields() {
        if (fields == null) {
            Map<String, FieldAccess> rules = new HashMap<>(contacts.fieldRules());
            if (isNew()) {
                // a new record needs its mandatory fields, read-only or not
                rules.keySet().removeIf(CrmModule.CONTACTS::isMandatory);
            }
            fields = new FieldView(rules);
        }
        return fields;
    }
}
