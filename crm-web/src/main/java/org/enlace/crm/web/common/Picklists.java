package org.enlace.crm.web.common;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.settings.boundary.PicklistService;
import org.enlace.crm.settings.entity.PicklistValue;
import org.enlace.crm.web.security.UserSession;

/**
 * The drop-down values for the pages, in the user's language, read once per request: what a form
 * offers (the user's role's values, plus the value the record holds) and the label of a stored
 * code (a value being deleted already shows its replacement).
 */
@Named
@RequestScoped
public class Picklists {

    @EJB
    PicklistService service;

    @Inject
    UserSession session;

    @Inject
    CurrentSettings settings;

    private final Map<PicklistField, List<PicklistValue>> assignable = new EnumMap<>(PicklistField.class);

    private Map<PicklistField, List<PicklistValue>> all() {
        return settings.get().picklists();
    }

    /** The values a form offers for the field: those the user may assign, and the record's own. */
    public List<PicklistValue> choices(String fieldName, String current) {
        PicklistField field = PicklistField.valueOf(fieldName);
        List<PicklistValue> offered = assignable.computeIfAbsent(field, service::assignable);
        if (current == null || offered.stream().anyMatch(v -> v.getCode().equals(current))) {
            return offered;
        }
        List<PicklistValue> withCurrent = new ArrayList<>(offered);
        all().getOrDefault(field, List.of()).stream()
                .filter(v -> v.getCode().equals(current) && !v.isReplacing())
                .findFirst()
                .ifPresent(withCurrent::add);
        return withCurrent;
    }

    /** Every value of the field (for filters: everyone may filter by all). */
    public List<PicklistValue> values(String fieldName) {
        return all().getOrDefault(PicklistField.valueOf(fieldName), List.of());
    }

    public String labelOf(PicklistValue value) {
        return value.label(session.getLanguage());
    }

    /** The label of a stored code; the code itself if no value has it. */
    public String label(String fieldName, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        List<PicklistValue> values = values(fieldName);
        for (PicklistValue value : values) {
            if (value.getCode().equals(code)) {
                if (value.isReplacing()) {
                    return label(fieldName, value.getReplacedBy());
                }
                return labelOf(value);
            }
        }
        return code;
    }
}
