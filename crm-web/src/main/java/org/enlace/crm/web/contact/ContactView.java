package org.enlace.crm.web.contact;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
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
    private Map<Long, String> names;

    public void load() {
        contact = contacts.get(Pages.requireId(id));
        Set<Long> ids = Stream.of(contact.getCreatedBy(), contact.getModifiedBy()).filter(Objects::nonNull).collect(Collectors.toSet());
        names = owners.names(ids).stream().collect(Collectors.toMap(OwnerRef::id, OwnerRef::name));
    }

    public String delete() {
        contacts.delete(contact.getId());
        messages.info(null, "contact.deleted", contact.getFullName());
        Pages.keepMessages();
        return "/contact/list?faces-redirect=true";
    }

    public String nameOf(Long userId) {
        return userId == null ? "" : names.getOrDefault(userId, "");
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
