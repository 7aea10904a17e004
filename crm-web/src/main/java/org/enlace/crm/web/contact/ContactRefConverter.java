package org.enlace.crm.web.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.contact.boundary.ContactRef;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.web.common.Messages;

/** Contact pickers submit the contact's id; an unknown id is refused with a message. */
@ApplicationScoped
@FacesConverter(forClass = ContactRef.class, managed = true)
public class ContactRefConverter implements Converter<ContactRef> {

    @Inject
    ContactService contacts;

    @Override
    public ContactRef getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return contacts.ref(Long.parseLong(value));
        } catch (NumberFormatException | NotFoundException e) {
            String text = Messages.format(context, "crm.contact.reportsTo.unknown");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ContactRef value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
