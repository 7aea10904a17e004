package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.entity.Owner;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.User;

/** Who records can be assigned to, and the names behind owner and audit ids. */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
public class OwnerDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccessControl access;

    /**
     * Active users and groups the caller may assign records to (his role's "can assign records
     * to" setting): users first, then groups.
     */
    public List<OwnerRef> assignable() {
        Set<Long> allowed = access.assignableOwners();
        List<OwnerRef> owners = new ArrayList<>(em.createQuery(
                        "select new org.enlace.crm.security.boundary.OwnerRef(u.id, u.displayName) from User u"
                                + " where u.active = true order by u.displayName",
                        OwnerRef.class)
                .getResultList());
        owners.addAll(em.createQuery(
                        "select new org.enlace.crm.security.boundary.OwnerRef(g.id, g.displayName) from UserGroup g"
                                + " order by g.displayName",
                        OwnerRef.class)
                .getResultList());
        if (allowed != null) {
            owners.removeIf(owner -> !allowed.contains(owner.id()));
        }
        return owners;
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

    /**
     * The owner for a record being saved: an unknown or inactive one, or one the caller may not
     * assign records to, is refused next to the field. Keeping the record's current owner is
     * always allowed.
     */
    public Owner assignableOwner(long id, Owner current) {
        if (current != null && current.getId() == id) {
            return current;
        }
        Owner owner = em.find(Owner.class, id);
        if (owner == null || (owner instanceof User user && !user.isActive())) {
            throw new InvalidInputException("owner", "crm.owner.unknown");
        }
        if (!access.mayAssignTo(id)) {
            throw new InvalidInputException("owner", "crm.owner.notAssignable");
        }
        return owner;
    }
}
