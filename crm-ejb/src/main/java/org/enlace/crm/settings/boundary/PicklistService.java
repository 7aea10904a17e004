package org.enlace.crm.settings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.settings.control.PicklistReplacer;
import org.enlace.crm.settings.control.Picklists;
import org.enlace.crm.settings.control.SettingsCache;
import org.enlace.crm.settings.entity.PicklistValue;

/**
 * Configuración > Listas desplegables: the values of every drop-down field. Everyone reads them
 * (every form and page shows them); administrators change them.
 */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class PicklistService {

    static final String AUDIT_TYPE = "picklist";

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsCache settings;

    @Inject
    Picklists picklists;

    @Inject
    AuditTrail audit;

    @EJB
    PicklistReplacer replacer;

    /** The values the caller may assign on a form. */
    @RolesAllowed({CrmRole.Names.USER, CrmRole.Names.ADMIN})
    public List<PicklistValue> assignable(@NotNull PicklistField field) {
        return picklists.assignable(field);
    }

    /** The field's values as stored now, with the progress of any deletion. */
    public List<PicklistValue> values(@NotNull PicklistField field) {
        return em.createQuery(
                        "select v from PicklistValue v where v.field = :field order by v.position, v.code",
                        PicklistValue.class)
                .setParameter("field", field)
                .getResultList();
    }

    public PicklistValue add(@NotNull PicklistField field, String labelEs, String labelEn) {
        List<PicklistValue> values = values(field);
        checkLabels(values, null, labelEs, labelEn);
        String base = PicklistValue.codeOf(labelEs);
        String code = base;
        for (int n = 2; exists(values, code); n++) {
            code = base + "_" + n;
        }
        int position =
                values.stream().mapToInt(PicklistValue::getPosition).max().orElse(0) + 1;
        PicklistValue value = new PicklistValue(field, code, position, labelEs, labelEn);
        em.persist(value);
        audit.record(AUDIT_TYPE, null, field + "." + code, "add", null, labelEs + " / " + labelEn);
        settings.changed();
        return value;
    }

    public void relabel(@NotNull PicklistField field, @NotNull String code, String labelEs, String labelEn) {
        PicklistValue value = find(field, code);
        checkLabels(values(field), code, labelEs, labelEn);
        String before = value.getLabelEs() + " / " + value.getLabelEn();
        value.relabel(labelEs, labelEn);
        audit.record(AUDIT_TYPE, null, field + "." + code, "relabel", before, labelEs + " / " + labelEn);
        settings.changed();
    }

    /** Puts the values in this order (the codes of the field's values, each once). */
    public void reorder(@NotNull PicklistField field, @NotNull List<String> codes) {
        List<PicklistValue> values = values(field);
        if (codes.size() != values.size()
                || !values.stream().map(PicklistValue::getCode).toList().containsAll(codes)) {
            throw new ConflictException();
        }
        for (PicklistValue value : values) {
            value.setPosition(codes.indexOf(value.getCode()) + 1);
        }
        audit.record(AUDIT_TYPE, null, field.name(), "reorder", null, String.join(",", codes));
        settings.changed();
    }

    /** Limits the value to these roles (none: every role may use it). */
    public void restrict(@NotNull PicklistField field, @NotNull String code, @NotNull Collection<Long> roleIds) {
        PicklistValue value = find(field, code);
        for (Long roleId : roleIds) {
            if (roleId == null || em.find(Role.class, roleId) == null) {
                throw new InvalidInputException("roles", "crm.picklist.role.unknown");
            }
        }
        String before = value.getRoleIds().toString();
        value.restrictTo(roleIds);
        audit.record(
                AUDIT_TYPE,
                null,
                field + "." + code,
                "restrict",
                before,
                value.getRoleIds().toString());
        settings.changed();
    }

    /**
     * Deletes a value: it stops being offered at once, and the records holding it move to the
     * replacement (null: to no value) in the background; the value goes when they all have.
     */
    public long delete(@NotNull PicklistField field, @NotNull String code, String replacement) {
        PicklistValue value = find(field, code);
        if (value.isReplacing()) {
            throw new ConflictException();
        }
        if (replacement != null) {
            PicklistValue target = em.find(PicklistValue.class, new PicklistValue.Key(field, replacement));
            if (target == null || target.isReplacing() || replacement.equals(code)) {
                throw new InvalidInputException("replacement", "crm.picklist.replacement.invalid");
            }
        }
        boolean replacesAnother =
                values(field).stream().anyMatch(v -> v.isReplacing() && code.equals(v.getReplacedBy()));
        if (replacesAnother) {
            throw new InvalidInputException("replacement", "crm.picklist.replacement.pending");
        }
        long holding = countHolding(field, code);
        value.replaceWith(replacement == null ? "" : replacement, holding);
        audit.record(AUDIT_TYPE, null, field + "." + code, "delete", value.getLabelEs(), replacement);
        settings.changed();
        replacer.run(field, code);
        return holding;
    }

    /** How many records hold the value. */
    public long countHolding(@NotNull PicklistField field, @NotNull String code) {
        if (!field.stored()) {
            return 0;
        }
        return ((Number) em.createNativeQuery(
                                "select count(*) from " + field.table() + " where " + field.column() + " = ?")
                        .setParameter(1, code)
                        .getSingleResult())
                .longValue();
    }

    private PicklistValue find(PicklistField field, String code) {
        PicklistValue value = em.find(PicklistValue.class, new PicklistValue.Key(field, code));
        if (value == null) {
            throw new NotFoundException();
        }
        return value;
    }

    private static boolean exists(List<PicklistValue> values, String code) {
        return values.stream().anyMatch(v -> v.getCode().equals(code));
    }

    private static void checkLabels(List<PicklistValue> values, String code, String labelEs, String labelEn) {
        List<InvalidInputException> problems = new ArrayList<>();
        check(values, code, labelEs, "labelEs", "es", problems);
        check(values, code, labelEn, "labelEn", "en", problems);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    private static void check(
            List<PicklistValue> values,
            String code,
            String label,
            String field,
            String language,
            List<InvalidInputException> problems) {
        if (label == null || label.isBlank()) {
            problems.add(new InvalidInputException(field, "crm.picklist.label.required"));
            return;
        }
        if (label.strip().length() > PicklistField.LABEL_LENGTH) {
            problems.add(new InvalidInputException(field, "crm.picklist.label.tooLong"));
            return;
        }
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        boolean taken = values.stream()
                .filter(v -> !Objects.equals(v.getCode(), code) && !v.isReplacing())
                .anyMatch(v -> v.label(language).toLowerCase(Locale.ROOT).equals(wanted));
        if (taken) {
            problems.add(new InvalidInputException(field, "crm.picklist.label.duplicate"));
        }
    }
}
