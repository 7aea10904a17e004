package org.enlace.crm.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.boundary.DefaultRoles;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.AssignScope;
import org.enlace.crm.security.entity.Profile;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.security.entity.User;

/**
 * On the first start, the starting point of the security scheme as vtiger ships it: a role tree
 * (Organización > Director general > Vicepresidente > Gerente de ventas > Ejecutivo de ventas) and
 * three profiles. Administrators change them at will; users found without a role (from before the
 * security model) get one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class SecurityDefaults {

    public static final String ROOT = DefaultRoles.ROOT;
    public static final String TOP = DefaultRoles.TOP;
    public static final String BOTTOM = DefaultRoles.BOTTOM;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void createIfNoRoleExists() {
        long roles = em.createQuery("select count(r) from Role r", Long.class).getSingleResult();
        if (roles == 0) {
            create();
        }
        coverNewModules();
        List<Role> tree = em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList();
        Role top = tree.stream().filter(r -> r.depth() == 2).findFirst().orElse(tree.get(0));
        Role bottom = tree.get(tree.size() - 1);
        for (User user : em.createQuery("select u from User u where u.role is null", User.class)
                .getResultList()) {
            user.setRole(user.isAdministrator() ? top : bottom);
        }
    }

    /**
     * A module added by an upgrade (Products, Services, ...) gets, in every existing profile, the
     * rights the profile gives on Accounts: the sales profile can sell the new things, the
     * read-only one can read them. Administrators adjust them in Perfiles.
     */
    private void coverNewModules() {
        for (Profile profile :
                em.createNamedQuery(Profile.FIND_ALL, Profile.class).getResultList()) {
            Set<Action> likeAccounts = profile.permissions().get(CrmModule.ACCOUNTS);
            for (CrmModule module : CrmModule.values()) {
                if (!profile.covers(module)) {
                    profile.allow(module, likeAccounts);
                }
            }
        }
    }

    private void create() {
        Instant now = Instant.now();
        Profile admin = profile(
                "Administrador", "Todos los derechos sobre todos los módulos", EnumSet.allOf(Action.class), now);
        admin.setViewAll(true);
        admin.setEditAll(true);
        Profile sales = profile(
                "Ventas",
                "Ver, crear, editar y borrar en los módulos de ventas; importar y exportar",
                EnumSet.allOf(Action.class),
                now);
        profile("Solo lectura", "Ver, sin cambiar nada", EnumSet.of(Action.VIEW), now);

        Role root = role(ROOT, null, Set.of(admin), now);
        Role ceo = role(TOP, root, Set.of(admin), now);
        Role vp = role("Vicepresidente", ceo, Set.of(sales), now);
        Role manager = role("Gerente de ventas", vp, Set.of(sales), now);
        role(BOTTOM, manager, Set.of(sales), now);
    }

    private Profile profile(String name, String description, Set<Action> actions, Instant now) {
        Profile profile = new Profile(name, description);
        for (CrmModule module : CrmModule.values()) {
            profile.allow(module, actions);
        }
        profile.touch(null, now);
        em.persist(profile);
        return profile;
    }

    private Role role(String name, Role parent, Set<Profile> profiles, Instant now) {
        Role role = new Role(name, AssignScope.ALL_USERS);
        role.carry(profiles);
        role.touch(null, now);
        em.persist(role);
        role.placeUnder(parent);
        return role;
    }
}
