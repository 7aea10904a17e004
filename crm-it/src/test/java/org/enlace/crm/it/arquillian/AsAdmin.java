package org.enlace.crm.it.arquillian;

import jakarta.enterprise.context.Dependent;
import java.util.Set;
import org.enlace.crm.security.control.FirstAdministrator;
import org.enlace.crm.security.entity.CrmRole;

/** Calls services as the first administrator, with his container roles. */
@Dependent
public class AsAdmin {

    public <T> T call(Task<T> task) throws Exception {
        return As.named(FirstAdministrator.USERNAME, Set.of(CrmRole.Names.ADMIN, CrmRole.Names.USER), task);
    }
}
