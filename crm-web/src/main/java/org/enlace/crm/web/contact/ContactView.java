package org.enlace.crm.web.contact;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.web.common.AuditNames;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Pages;

/** A contact's detail page. */
@Named
@ViewScoped
public class ContactView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ContactService contacts;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private Long id;
    private Contact contact;
    private AuditNames audit;

    public void load() {
        contact = contacts.get(Pages.requireId(id));
        audit = AuditNames.of(contact, owners);
    }

    public String delete() {
        contacts.delete(contact.getId());
        messages.info(null, "contact.deleted", contact.getFullName());
        Pages.keepMessages();
        return "/contact/list?faces-redirect=true";
    }

    public AuditNames getAudit() {
        return audit;
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
}
