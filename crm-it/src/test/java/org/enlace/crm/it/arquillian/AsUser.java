package org.enlace.crm.it.arquillian;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.entity.CrmRole;

/**
 * Calls services as a plain staff user: by default "it-user" (created on first use in the role
 * "Gerente de ventas", profile Ventas), or as any other user by name.
 */
@Dependent
public class AsUser {

    static final String DEFAULT = "it-user";

    @Inject
    AsAdmin asAdmin;

    @Inject
    UserService users;

    @Inject
    RoleService roles;

    public <T> T call(Task<T> task) throws Exception {
        ensureDefaultUser();
        return named(DEFAULT, task);
    }

    public <T> T named(String username, Task<T> task) throws Exception {
        return As.named(username, Set.of(CrmRole.Names.USER), task);
    }

    private static volatile boolean created;

    private void ensureDefaultUser() throws Exception {
        if (created) {
            return;
        }
        boolean exists = asAdmin.call(users::findAll).stream()
                .anyMatch(u -> u.getUsername().equals(DEFAULT));
        if (!exists) {
            long role = asAdmin.call(roles::tree).stream()
                    .filter(r -> r.name().equals("Gerente de ventas"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            NewUser form = new NewUser();
            form.setUsername(DEFAULT);
            form.setLastName("Usuario de pruebas");
            form.setEmail("it-user@example.invalid");
            form.setPassword("una clave larga de pruebas");
            form.setRoleId(role);
            asAdmin.call(() -> users.create(form));
        }
        created = true;
    }
}
