package org.enlace.crm.web.contact;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.notification.boundary.MailService;
import org.enlace.crm.notification.boundary.OutboxRow;
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

/** A contact's detail page. */
@Named
@ViewScoped
public class ContactView implements Serializable {

    private static final long serialVersionUID = 1L;

    private FieldView fields;

    @EJB
    ContactService contacts;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private Long id;
    private boolean mayEdit;
    private boolean mayDelete;
    private Contact contact;
    private AuditNames audit;
    private List<OutboxRow> mails;

    @EJB
    MailService mailService;

    @EJB
    OpportunityService opportunityService;

    @Inject
    CurrentSettings settings;

    private LazyList<OpportunityRow> opportunities;

    public void load() {
        contact = contacts.get(Pages.requireId(id));
        if (settings.get().enabled(CrmModule.OPPORTUNITIES)) {
            opportunities = new LazyList<>(
                    opportunityService::rows,
                    opportunityService::count,
                    Map.of(OpportunityModule.BY_CONTACT, String.valueOf(contact.getId())));
        }
        audit = AuditNames.of(contact, owners);
        Set<Action> allowed = contacts.allowedOn(contact.getId());
        mayEdit = allowed.contains(Action.EDIT);
        mayDelete = allowed.contains(Action.DELETE);
    }

    public String delete() {
        contacts.delete(contact.getId());
        messages.info(null, "contact.deleted", contact.getFullName());
        Pages.keepMessages();
        return "/contact/list?faces-redirect=true";
    }

    /** The mails sent to the contact, newest first. */
    public List<OutboxRow> getMails() {
        if (mails == null) {
            mails = mailService.sentToContact(contact.getId());
        }
        return mails;
    }

    /** The contact's opportunities (null while the module is off). */
    public LazyList<OpportunityRow> getOpportunities() {
        return opportunities;
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

    public Contact getContact() {
        return contact;
    }

    /** The fields as the user's profiles let him have them. */
    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(contacts.fieldRules());
        }
        return fields;
    }
}
