package org.enlace.crm.security.control;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.security.entity.FieldRule;
import org.enlace.crm.security.entity.Profile;

/**
 * What the profiles of a user's role allow, merged: an action is allowed when any profile allows
 * it, and a field gets the most open access any profile gives it.
 */
public final class Rights implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean administrator;
    private final boolean viewAll;
    private final boolean editAll;
    private final Map<CrmModule, Set<Action>> actions;
    private final Map<CrmModule, Map<String, FieldAccess>> fields;

    private Rights(
            boolean administrator,
            boolean viewAll,
            boolean editAll,
            Map<CrmModule, Set<Action>> actions,
            Map<CrmModule, Map<String, FieldAccess>> fields) {
        this.administrator = administrator;
        this.viewAll = viewAll;
        this.editAll = editAll;
        this.actions = actions;
        this.fields = fields;
    }

    public static Rights administrator() {
        Map<CrmModule, Set<Action>> all = new EnumMap<>(CrmModule.class);
        for (CrmModule module : CrmModule.values()) {
            all.put(module, EnumSet.allOf(Action.class));
        }
        return new Rights(true, true, true, all, Map.of());
    }

    public static Rights of(Iterable<Profile> profiles) {
        boolean viewAll = false;
        boolean editAll = false;
        Map<CrmModule, Set<Action>> actions = new EnumMap<>(CrmModule.class);
        for (CrmModule module : CrmModule.values()) {
            actions.put(module, EnumSet.noneOf(Action.class));
        }
        Map<CrmModule, Map<String, FieldAccess>> fields = new EnumMap<>(CrmModule.class);
        boolean first = true;
        for (Profile profile : profiles) {
            viewAll |= profile.isViewAll();
            editAll |= profile.isEditAll();
            profile.permissions()
                    .forEach((module, allowed) -> actions.get(module).addAll(allowed));
            for (CrmModule module : CrmModule.values()) {
                Map<String, FieldAccess> merged = fields.computeIfAbsent(module, m -> new HashMap<>());
                Map<String, FieldAccess> mine = new HashMap<>();
                for (FieldRule rule : profile.getFieldRules()) {
                    if (rule.getModule() == module) {
                        mine.put(rule.getField(), rule.getAccess());
                    }
                }
                if (first) {
                    merged.putAll(mine);
                } else {
                    // a field restricted in every profile stays restricted, at its most open level
                    merged.replaceAll((field, access) -> open(access, mine.getOrDefault(field, FieldAccess.WRITABLE)));
                    merged.values().removeIf(access -> access == FieldAccess.WRITABLE);
                }
            }
            first = false;
        }
        return new Rights(false, viewAll, editAll, actions, fields);
    }

    private static FieldAccess open(FieldAccess a, FieldAccess b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean allows(CrmModule module, Action action) {
        return actions.getOrDefault(module, Set.of()).contains(action);
    }

    /** The profile's "view all": every record of every module it may view. */
    public boolean viewsAll() {
        return viewAll || editAll;
    }

    public boolean editsAll() {
        return editAll;
    }

    public FieldAccess field(CrmModule module, String field) {
        if (administrator) {
            return FieldAccess.WRITABLE;
        }
        return fields.getOrDefault(module, Map.of()).getOrDefault(field, FieldAccess.WRITABLE);
    }
}
