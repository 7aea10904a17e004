package org.enlace.crm.it.arquillian;

import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.control.FirstAdministrator;

/** Data the service tests share: the first administrator, owner of the records they create. */
final class Fixtures {

    private Fixtures() {}

    static long roleId(AsAdmin asAdmin, RoleService roles, String name) throws Exception {
        return asAdmin.call(roles::tree).stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    static long administratorId(AsAdmin asAdmin, UserService users) throws Exception {
        return asAdmin.call(users::findAll).stream()
                .filter(u -> u.getUsername().equals(FirstAdministrator.USERNAME))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
