package org.enlace.crm.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.enlace.crm.account.boundary.AccountRef;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.web.common.Messages;

/** Account pickers submit the account's id; an unknown id is refused with a message. */
@ApplicationScoped
@FacesConverter(forClass = AccountRef.class, managed = true)
public class AccountRefConverter implements Converter<AccountRef> {

    @Inject
    AccountService accounts;

    @Override
    public AccountRef getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return accounts.ref(Long.parseLong(value));
        } catch (NumberFormatException | NotFoundException e) {
            String text = Messages.format(context, "crm.contact.account.unknown");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, AccountRef value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
