package org.enlace.crm.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.boundary.ContactRow;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.opportunity.boundary.OpportunityModule;
import org.enlace.crm.opportunity.boundary.OpportunityRow;
import org.enlace.crm.opportunity.boundary.OpportunityService;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.web.common.AuditNames;
import org.enlace.crm.web.common.CurrentSettings;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.LazyList;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Pages;

/** An account's detail page, with its contacts and the delete dialog. */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    private FieldView fields;
    private FieldView contactFields;

    @EJB
    AccountService accounts;

    @EJB
    ContactService contactService;

    @EJB
    OwnerDirectory owners;

    @Inject
    CurrentSettings settings;

    @Inject
    Messages messages;

    private Long id;
    private boolean mayEdit;
    private boolean mayDelete;
    private Account account;
    private long contactCount;
    private AuditNames audit;
    private LazyList<ContactRow> contacts;
    private boolean deleteContacts;
    private boolean contactsOn;
    private LazyList<OpportunityRow> opportunityList;

    @EJB
    OpportunityService opportunityService;

    public void load() {
        account = accounts.get(Pages.requireId(id));
        Set<Action> allowed = accounts.allowedOn(account.getId());
        mayEdit = allowed.contains(Action.EDIT);
        mayDelete = allowed.contains(Action.DELETE);
        contactCount = accounts.countContacts(account.getId());
        audit = AuditNames.of(account, owners);
        if (settings.get().enabled(CrmModule.OPPORTUNITIES)) {
            opportunityList = new LazyList<>(
                    opportunityService::rows,
                    opportunityService::count,
                    Map.of(OpportunityModule.BY_ACCOUNT, String.valueOf(account.getId())));
        }
        contactsOn = settings.get().enabled(CrmModule.CONTACTS);
        if (!contactsOn) {
            return;
        }
        contacts = new LazyList<>(
                contactService::rows,
                contactService::count,
                Map.of(ContactService.BY_ACCOUNT, String.valueOf(account.getId())));
    }

    public String delete() {
        accounts.delete(account.getId(), deleteContacts);
        messages.info(null, "account.deleted", account.getName());
        Pages.keepMessages();
        return "/account/list?faces-redirect=true";
    }

    public AuditNames getAudit() {
        return audit;
    }

    /** Whether the user may edit the record: the button shows only then (the service checks anyway). */
    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isMayDelete() {
        return mayDelete;
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

    /** Whether the Contacts module is on: the related list shows only then. */
    public boolean isContactsOn() {
        return contactsOn;
    }

    public long getContactCount() {
        return contactCount;
    }

    public LazyList<ContactRow> getContacts() {
        return contacts;
    }

    /** The account's opportunities (null while the module is off). */
    public LazyList<OpportunityRow> getOpportunities() {
        return opportunityList;
    }

    public boolean isDeleteContacts() {
        return deleteContacts;
    }

    public void setDeleteContacts(boolean deleteContacts) {
        this.deleteContacts = deleteContacts;
    }

    /** The fields as the user's profiles let him have them. */
    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(accounts.fieldRules());
        }
        return fields;
    }

    /** The contact fields, for the related list. */
    public FieldView getContactFields() {
        if (contactFields == null) {
            contactFields = new FieldView(contactService.fieldRules());
        }
        return contactFields;
    }
}
