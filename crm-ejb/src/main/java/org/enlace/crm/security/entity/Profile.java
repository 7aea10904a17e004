package org.enlace.crm.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.enlace.crm.common.entity.BaseEntity;
import org.enlace.crm.common.entity.CrmModule;

/**
 * What its roles' users may do: per module view / create / edit / delete and the tools, per field
 * hidden / read-only / writable, and the global "view all" and "edit all".
 */
@Entity
@Table(name = "crm_profile")
@NamedQuery(name = Profile.FIND_ALL, query = "select p from Profile p order by p.name")
@NamedQuery(name = Profile.FIND_BY_NAME, query = "select p from Profile p where p.name = :name")
public class Profile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Profile.findAll";
    public static final String FIND_BY_NAME = "Profile.findByName";
    public static final int NAME_LENGTH = 60;
    public static final int DESCRIPTION_LENGTH = 250;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "view_all", nullable = false)
    private boolean viewAll;

    @Column(name = "edit_all", nullable = false)
    private boolean editAll;

    @ElementCollection
    @CollectionTable(name = "crm_profile_permission", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "module", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<CrmModule, ModulePermissions> permissions = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "crm_profile_field", joinColumns = @JoinColumn(name = "profile_id"))
    private Set<FieldRule> fieldRules = new HashSet<>();

    protected Profile() {}

    public Profile(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** A new profile with the same rights, under another name. */
    public Profile copyAs(String name) {
        Profile copy = new Profile(name, description);
        copy.viewAll = viewAll;
        copy.editAll = editAll;
        // new embeddable instances: two entities must never share one
        permissions.forEach((module, row) -> copy.permissions.put(module, row.copy()));
        fieldRules.forEach(r -> copy.fieldRules.add(new FieldRule(r.getModule(), r.getField(), r.getAccess())));
        return copy;
    }

    public boolean allows(CrmModule module, Action action) {
        ModulePermissions row = permissions.get(module);
        return row != null && row.allows(action);
    }

    public Map<CrmModule, Set<Action>> permissions() {
        Map<CrmModule, Set<Action>> all = new EnumMap<>(CrmModule.class);
        for (CrmModule module : CrmModule.values()) {
            ModulePermissions row = permissions.get(module);
            all.put(module, row == null ? Set.of() : row.allowed());
        }
        return all;
    }

    /** Whether the profile says anything about the module (a module added later: not yet). */
    public boolean covers(CrmModule module) {
        return permissions.containsKey(module);
    }

    public void allow(CrmModule module, Set<Action> actions) {
        permissions.put(module, new ModulePermissions(actions));
    }

    /**
     * Empties the matrix and the field rules before they are written again: the rows of a
     * changed right are deleted (flushed) before the new ones are inserted, which EclipseLink
     * does not order by itself for an element collection.
     */
    public void clearRights() {
        permissions.clear();
        fieldRules.clear();
    }

    /** The access this profile gives to a field: writable unless a rule says otherwise. */
    public FieldAccess fieldAccess(CrmModule module, String field) {
        return rule(module, field).map(FieldRule::getAccess).orElse(FieldAccess.WRITABLE);
    }

    private Optional<FieldRule> rule(CrmModule module, String field) {
        return fieldRules.stream()
                .filter(r -> r.getModule() == module && r.getField().equals(field))
                .findFirst();
    }

    public void setFieldRules(Collection<FieldRule> rules) {
        fieldRules.clear();
        for (FieldRule rule : rules) {
            if (rule.getAccess() != FieldAccess.WRITABLE) {
                fieldRules.add(rule);
            }
        }
    }

    public Set<FieldRule> getFieldRules() {
        return Set.copyOf(fieldRules);
    }

    public void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public void setViewAll(boolean viewAll) {
        this.viewAll = viewAll;
    }

    public void setEditAll(boolean editAll) {
        this.editAll = editAll;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isViewAll() {
        return viewAll;
    }

    public boolean isEditAll() {
        return editAll;
    }
}
