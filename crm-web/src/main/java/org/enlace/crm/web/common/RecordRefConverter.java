package org.enlace.crm.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.enlace.crm.common.boundary.CrmException;
import org.enlace.crm.common.boundary.RecordRef;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.record.boundary.RecordLinks;

/**
 * A link field's autocomplete submits "MODULE:id"; the record is read again (only one the user
 * may see); anything else is refused with a message next to the field.
 */
@ApplicationScoped
@FacesConverter(value = "crm.recordRef", managed = true)
public class RecordRefConverter implements Converter<RecordRef> {

    @Inject
    RecordLinks links;

    @Override
    public RecordRef getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            return links.ref(CrmModule.valueOf(value.substring(0, colon)), Long.parseLong(value.substring(colon + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | CrmException e) {
            String text = Messages.format(context, "crm.link.unknown");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, RecordRef value) {
        return value == null ? "" : value.module().name() + ":" + value.id();
    }
}
