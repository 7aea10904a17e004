package org.enlace.crm.settings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.settings.entity.PicklistValue;

/**
 * What the record services ask of the picklists: which values the caller may assign (his role's,
 * and never one being deleted), and whether a value sent by a form is one of them.
 */
@Dependent
public class Picklists {

    @Inject
    SettingsCache settings;

    @Inject
    AccessControl access;

    /** The values the caller may pick, in the editor's order. */
    public List<PicklistValue> assignable(PicklistField field) {
        AccessControl.Subject subject = access.subject();
        boolean administrator = subject.rights().isAdministrator();
        return settings.current().values(field).stream()
                .filter(v -> !v.isReplacing() && v.isFor(subject.roleId(), administrator))
                .toList();
    }

    /**
     * Refuses a value the caller may not assign. Keeping the value a record already holds is
     * allowed while the value exists, so a record with another role's value can still be edited;
     * a field the caller's profile keeps (hidden or read-only) is not taken from the form at all.
     */
    public void require(PicklistField field, String code, String previous, Set<String> kept) {
        if (code == null || kept.contains(field.field())) {
            return;
        }
        if (Objects.equals(code, previous)
                && settings.current().values(field).stream()
                        .anyMatch(v -> v.getCode().equals(code))) {
            return;
        }
        if (assignable(field).stream().noneMatch(v -> v.getCode().equals(code))) {
            throw new InvalidInputException(field.field(), "crm.picklist.value.notAllowed");
        }
    }
}
