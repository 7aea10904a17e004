package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.security.entity.FieldRule;
import org.enlace.crm.security.entity.Profile;
import org.enlace.crm.security.entity.Role;

/** Profiles (Configuración > Usuarios y acceso > Perfiles). Administrators only. */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class ProfileService {

    static final String AUDIT_TYPE = "profile";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AccessControl access;

    public List<Profile> findAll() {
        List<Profile> all = em.createNamedQuery(Profile.FIND_ALL, Profile.class).getResultList();
        all.forEach(ProfileService::load);
        return all;
    }

    public Profile get(long id) {
        Profile profile = em.find(Profile.class, id);
        if (profile == null) {
            throw new NotFoundException();
        }
        return load(profile);
    }

    private static Profile load(Profile profile) {
        profile.permissions();
        profile.getFieldRules();
        return profile;
    }

    /** A new profile; with copyOf, a copy of that profile's rights under the new name. */
    public Profile create(
            @NotBlank @Size(max = Profile.NAME_LENGTH) String name,
            @Size(max = Profile.DESCRIPTION_LENGTH) String description,
            Long copyOf) {
        checkNameFree(name.strip(), null);
        Profile profile = copyOf == null
                ? new Profile(name.strip(), description)
                : get(copyOf).copyAs(name.strip());
        profile.describe(name.strip(), description);
        profile.touch(caller.id(), Instant.now());
        em.persist(profile);
        audit.record(AUDIT_TYPE, profile.getId(), profile.getName(), "create", null, describe(profile));
        access.forget();
        return profile;
    }

    /**
     * Saves the matrix: per module the actions allowed, the global "view all" / "edit all", and
     * the fields hidden or read-only (mandatory fields can never be hidden).
     */
    public Profile update(
            long id,
            long version,
            @NotBlank @Size(max = Profile.NAME_LENGTH) String name,
            @Size(max = Profile.DESCRIPTION_LENGTH) String description,
            boolean viewAll,
            boolean editAll,
            @NotNull Map<CrmModule, Set<Action>> permissions,
            @NotNull Map<CrmModule, Map<String, FieldAccess>> fields) {
        Profile profile = get(id);
        if (profile.getVersion() != version) {
            throw new ConflictException();
        }
        checkNameFree(name.strip(), id);
        String before = describe(profile);
        profile.describe(name.strip(), description);
        profile.setViewAll(viewAll);
        profile.setEditAll(editAll);
        Map<CrmModule, Set<Action>> matrix = profile.permissions();
        matrix.putAll(permissions);
        List<FieldRule> rules = new ArrayList<>();
        fields.forEach((module, byField) -> byField.forEach((field, access) -> {
            if (!module.hasField(field)) {
                throw new InvalidInputException("fields", "crm.profile.field.unknown", field);
            }
            if (access == FieldAccess.HIDDEN && module.isMandatory(field)) {
                throw new InvalidInputException("fields", "crm.profile.field.mandatory", field);
            }
            rules.add(new FieldRule(module, field, access));
        }));
        profile.clearRights();
        em.flush();
        matrix.forEach(profile::allow);
        profile.setFieldRules(rules);
        profile.touch(caller.id(), Instant.now());
        audit.record(AUDIT_TYPE, id, profile.getName(), "update", before, describe(profile));
        access.forget();
        return profile;
    }

    /** Deletes a profile no role depends on alone. */
    public void delete(long id) {
        Profile profile = get(id);
        List<Role> roles = em.createQuery("select r from Role r join r.profiles p where p.id = :id", Role.class)
                .setParameter("id", id)
                .getResultList();
        for (Role role : roles) {
            if (role.getProfiles().size() == 1) {
                throw new InvalidInputException(null, "crm.profile.delete.onlyProfile", role.getName());
            }
        }
        for (Role role : roles) {
            role.carry(role.getProfiles().stream()
                    .filter(p -> !p.getId().equals(id))
                    .toList());
        }
        String before = describe(profile);
        em.remove(profile);
        audit.record(AUDIT_TYPE, id, profile.getName(), "delete", before, null);
        access.forget();
    }

    private void checkNameFree(String name, Long self) {
        em.createNamedQuery(Profile.FIND_BY_NAME, Profile.class)
                .setParameter("name", name)
                .getResultStream()
                .filter(p -> !p.getId().equals(self))
                .findFirst()
                .ifPresent(p -> {
                    throw new InvalidInputException("name", "crm.profile.name.taken", name);
                });
    }

    static String describe(Profile p) {
        StringBuilder sb =
                new StringBuilder("name=" + p.getName() + "; viewAll=" + p.isViewAll() + "; editAll=" + p.isEditAll());
        p.permissions()
                .forEach((module, actions) ->
                        sb.append("; ").append(module).append('=').append(actions));
        p.getFieldRules().stream()
                .map(r -> r.getModule() + "." + r.getField() + "=" + r.getAccess())
                .sorted()
                .forEach(r -> sb.append("; ").append(r));
        return sb.toString();
    }
}
