package org.enlace.crm.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.boundary.ProfileService;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.security.entity.Profile;
import org.enlace.crm.web.common.Messages;

/**
 * Configuración > Perfiles: the list, a new profile (blank or copied from another), and the
 * editor of one profile: the matrix of modules and actions, "view all" / "edit all", and per
 * module its fields as hidden, read-only or writable.
 */
@Named
@ViewScoped
public class ProfilesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the matrix: a module and a checkbox per action. */
    public static final class ModuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CrmModule module;
        private final Map<Action, Boolean> allowed = new EnumMap<>(Action.class);

        ModuleRow(CrmModule module, Set<Action> actions) {
            this.module = module;
            for (Action action : Action.values()) {
                allowed.put(action, actions.contains(action));
            }
        }

        public CrmModule getModule() {
            return module;
        }

        public Map<Action, Boolean> getAllowed() {
            return allowed;
        }

        Set<Action> actions() {
            Set<Action> set = EnumSet.noneOf(Action.class);
            allowed.forEach((action, on) -> {
                if (Boolean.TRUE.equals(on)) {
                    set.add(action);
                }
            });
            return set;
        }
    }

    /** One field of a module and its access. */
    public static final class FieldRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CrmModule module;
        private final String field;
        private final boolean mandatory;
        private FieldAccess access;

        FieldRow(CrmModule module, String field, FieldAccess access) {
            this.module = module;
            this.field = field;
            this.mandatory = module.isMandatory(field);
            this.access = access;
        }

        public CrmModule getModule() {
            return module;
        }

        public String getField() {
            return field;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        /** The field's label in the module's own pages. */
        public String getLabelKey() {
            return module.labelPrefix() + field;
        }

        public FieldAccess getAccess() {
            return access;
        }

        public void setAccess(FieldAccess access) {
            this.access = access;
        }
    }

    @EJB
    ProfileService profiles;

    @Inject
    Messages messages;

    private List<Profile> all;

    private String newName;
    private String newDescription;
    private Long copyOf;

    private Long editing;
    private long version;
    private String name;
    private String description;
    private boolean viewAll;
    private boolean editAll;
    private List<ModuleRow> matrix;
    private List<FieldRow> fields;

    @PostConstruct
    void load() {
        all = profiles.findAll();
    }

    public void create() {
        Profile created = profiles.create(newName, newDescription, copyOf);
        messages.info(null, "profiles.created", created.getName());
        newName = null;
        newDescription = null;
        copyOf = null;
        load();
        edit(created.getId());
    }

    public void edit(long id) {
        Profile profile = profiles.get(id);
        editing = id;
        version = profile.getVersion();
        name = profile.getName();
        description = profile.getDescription();
        viewAll = profile.isViewAll();
        editAll = profile.isEditAll();
        matrix = new ArrayList<>();
        profile.permissions().forEach((module, actions) -> matrix.add(new ModuleRow(module, actions)));
        fields = new ArrayList<>();
        for (CrmModule module : CrmModule.values()) {
            for (String field : module.mandatoryFields()) {
                fields.add(new FieldRow(module, field, profile.fieldAccess(module, field)));
            }
            for (String field : module.optionalFields()) {
                fields.add(new FieldRow(module, field, profile.fieldAccess(module, field)));
            }
        }
    }

    public void save() {
        Map<CrmModule, Set<Action>> permissions = new EnumMap<>(CrmModule.class);
        matrix.forEach(row -> permissions.put(row.getModule(), row.actions()));
        Map<CrmModule, Map<String, FieldAccess>> access = new EnumMap<>(CrmModule.class);
        for (FieldRow row : fields) {
            access.computeIfAbsent(row.getModule(), m -> new HashMap<>()).put(row.getField(), row.getAccess());
        }
        profiles.update(editing, version, name, description, viewAll, editAll, permissions, access);
        messages.info(null, "profiles.saved", name);
        long id = editing;
        load();
        edit(id);
    }

    public void delete(long id) {
        Profile profile = profiles.get(id);
        profiles.delete(id);
        messages.info(null, "profiles.deleted", profile.getName());
        if (editing != null && editing == id) {
            editing = null;
        }
        load();
    }

    public void close() {
        editing = null;
    }

    public Action[] getActions() {
        return Action.values();
    }

    public FieldAccess[] getFieldAccesses() {
        return FieldAccess.values();
    }

    public List<Profile> getAll() {
        return all;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public List<ModuleRow> getMatrix() {
        return matrix;
    }

    public List<FieldRow> getFields() {
        return fields;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public Long getCopyOf() {
        return copyOf;
    }

    public void setCopyOf(Long copyOf) {
        this.copyOf = copyOf;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isViewAll() {
        return viewAll;
    }

    public void setViewAll(boolean viewAll) {
        this.viewAll = viewAll;
    }

    public boolean isEditAll() {
        return editAll;
    }

    public void setEditAll(boolean editAll) {
        this.editAll = editAll;
    }
}
