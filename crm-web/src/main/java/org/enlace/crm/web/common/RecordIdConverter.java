package org.enlace.crm.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Record ids in URLs. Garbage (?id=abc) becomes an id no record has, so the page answers "not
 * found" like for any unknown record, instead of failing the view parameter.
 */
@FacesConverter("crm.recordId")
public class RecordIdConverter implements Converter<Long> {

    static final long NO_RECORD = -1L;

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return NO_RECORD;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
