package org.enlace.crm.it.arquillian;

import java.util.Set;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs a task as a named CRM user with the given container roles: an ad-hoc identity of
 * WildFly's security domain, as the login mechanism gives one to a signed-in user. (An EJB's
 * {@code @RunAs} would make the caller "anonymous", and the CRM's access control reads his name.)
 */
final class As {

    private As() {}

    static <T> T named(String username, Set<String> roles, Task<T> task) throws Exception {
        return SecurityDomain.getCurrent()
                .createAdHocIdentity(username)
                .withRoleMapper("ejb", RoleMapper.constant(Roles.fromSet(roles)))
                .runAsSupplierEx(task::call);
    }
}
