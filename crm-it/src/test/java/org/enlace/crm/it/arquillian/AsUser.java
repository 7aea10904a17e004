package org.enlace.crm.it.arquillian;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.enlace.crm.security.entity.CrmRole;

/** Calls services with a plain staff user's container role. */
@Stateless
@PermitAll
@DeclareRoles({CrmRole.Names.ADMIN, CrmRole.Names.USER})
@RunAs(CrmRole.Names.USER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsUser {

    public <T> T call(Task<T> task) throws Exception {
        return task.call();
    }
}
