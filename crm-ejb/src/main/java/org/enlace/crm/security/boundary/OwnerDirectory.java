package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.Owner;
import org.enlace.crm.security.entity.User;

/** Who records can be assigned to, and the names behind owner and audit ids. */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
public class OwnerDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** Active users (and, once they exist, groups) the caller may assign records to. */
    public List<OwnerRef> assignable() {
        return em.createQuery(
                        "select new org.enlace.crm.security.boundary.OwnerRef(u.id, u.displayName) from User u"
                                + " where u.active = true order by u.displayName",
                        OwnerRef.class)
                .getResultList();
    }

    public long me() {
        return caller.get().getId();
    }

    /** Display names for audit ids (created by, modified by), in one query. */
    public List<OwnerRef> names(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select new org.enlace.crm.security.boundary.OwnerRef(o.id, o.displayName) from Owner o where o.id in :ids",
                        OwnerRef.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The owner for a record being saved; an unknown or inactive one is refused next to the field. */
    public Owner assignableOwner(long id) {
        Owner owner = em.find(Owner.class, id);
        if (owner == null || (owner instanceof User user && !user.isActive())) {
            throw new InvalidInputException("owner", "crm.owner.unknown");
        }
        return owner;
    }
}
