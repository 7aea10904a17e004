package org.enlace.crm.contact.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.contact.control.PortalAccessGranted;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.record.control.Records;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.settings.control.ModuleGuarded;
import org.enlace.crm.settings.control.Picklists;

/** Contacts (Contactos): list, read, create, change, delete. A contact always belongs to an account. */
@Stateless
@ModuleGuarded(CrmModule.CONTACTS)
@RolesAllowed(CrmRole.Names.USER)
public class ContactService {

    /** Filter key for the contacts of one account (its related list). */
    public static final String BY_ACCOUNT = "accountId";

    private static final String OWNER = "c.owner.id";

    public static final ListQuery<ContactRow> LIST = ListQuery.of(
                    ContactRow.class,
                    "c",
                    "new org.enlace.crm.contact.boundary.ContactRow(c.id, c.number, c.lastName, c.firstName, c.title, c.email,"
                            + " c.officePhone, a.id, a.name, o.displayName)",
                    "Contact c join c.account a join c.owner o")
            .alone("Contact c")
            .column("number", "c.number")
            .column("lastName", "c.lastName")
            .column("firstName", "c.firstName")
            .column("title", "c.title")
            .column("account", "a.name")
            .column("email", "c.email")
            .column("officePhone", "c.officePhone")
            .column("owner", "o.displayName")
            .byId(BY_ACCOUNT, "a.id")
            .searchWhen(ListQuery.EMAIL, "c.email")
            .searchWhen(ListQuery.RECORD_NUMBER, "c.number")
            .search("c.lastName", "c.firstName")
            .defaultOrder("c.lastName asc, c.firstName asc")
            .build();

    @PersistenceContext
    EntityManager em;

    @Inject
    Records records;

    @Inject
    Event<PortalAccessGranted> portalAccess;

    @Inject
    AccessControl access;

    @Inject
    Picklists picklists;

    public List<ContactRow> rows(@NotNull @Valid PageRequest request) {
        return LIST.rows(em, request, access.readable(CrmModule.CONTACTS, OWNER));
    }

    /** How many rows the list has, counted up to atMost (atMost + 1 means more). */
    public long count(@NotNull @Valid PageRequest request, @Min(0) int atMost) {
        return LIST.count(em, request, atMost, access.readable(CrmModule.CONTACTS, OWNER));
    }

    /** A contact the caller may see; one he may not is "not found", like one that does not exist. */
    public Contact get(long id) {
        return find(id, Action.VIEW);
    }

    private Contact find(long id, Action action) {
        return records.find(ContactModule.DEFINITION, Contact.class, id, action);
    }

    /** What the caller may do with this contact (for the buttons a page shows; each call checks again). */
    public Set<Action> allowedOn(long id) {
        Contact record = get(id);
        return access.allowedOn(CrmModule.CONTACTS, record.getOwner().getId());
    }

    /** Contacts the quick search finds for the text (last name, "last, first", email or number), for autocompletes. */
    public List<ContactRef> suggest(@Size(max = 100) String text, @Min(1) @Max(50) int max) {
        return LIST.suggest(
                em,
                ContactRef.class,
                "new org.enlace.crm.contact.boundary.ContactRef(c.id, c.number,"
                        + " concat(coalesce(concat(c.firstName, ' '), ''), c.lastName), a.name)",
                text,
                max,
                access.readable(CrmModule.CONTACTS, OWNER));
    }

    public ContactRef ref(long id) {
        Contact c = get(id);
        return new ContactRef(
                c.getId(), c.getNumber(), c.getFullName(), c.getAccount().getName());
    }

    /** Saving without an account is refused next to the account field; so is an unknown one. */
    public Contact create(@NotNull @Valid Contact form, Long accountId, long ownerId, Long reportsToId) {
        Contact contact = records.create(
                ContactModule.DEFINITION,
                new Contact(),
                form,
                ownerId,
                (c, f, kept) -> apply(c, f, kept, accountId, reportsToId));
        if (contact.isPortalUser()) {
            portalAccess.fire(new PortalAccessGranted(contact));
        }
        return contact;
    }

    public Contact update(
            long id, long version, @NotNull @Valid Contact form, Long accountId, long ownerId, Long reportsToId) {
        boolean[] wasPortalUser = new boolean[1];
        Contact contact =
                records.update(ContactModule.DEFINITION, Contact.class, id, version, form, ownerId, (c, f, kept) -> {
                    wasPortalUser[0] = c.isPortalUser();
                    apply(c, f, kept, accountId, reportsToId);
                });
        if (contact.isPortalUser() && !wasPortalUser[0]) {
            portalAccess.fire(new PortalAccessGranted(contact));
        }
        return contact;
    }

    public void delete(long id) {
        Contact contact = find(id, Action.DELETE);
        em.createQuery("update Contact c set c.reportsTo = null where c.reportsTo.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.remove(contact);
    }

    /** The fields hidden from or read-only for the caller, for the pages to leave out or lock. */
    public Map<String, FieldAccess> fieldRules() {
        return access.fieldRules(CrmModule.CONTACTS);
    }

    private void apply(Contact contact, Contact form, Set<String> kept, Long accountId, Long reportsToId) {
        if (!kept.contains("account")) {
            if (accountId == null) {
                throw new InvalidInputException("account", "crm.contact.account.required");
            }
            Account account = em.find(Account.class, accountId);
            if (account == null
                    || !access.may(
                            CrmModule.ACCOUNTS, Action.VIEW, account.getOwner().getId())) {
                throw new InvalidInputException("account", "crm.contact.account.unknown");
            }
            contact.belongTo(account);
        }
        picklists.require(PicklistField.CONTACT_SALUTATION, form.getSalutation(), contact.getSalutation(), kept);
        contact.updateFrom(form, kept);
        Contact manager = contact.getReportsTo();
        if (!kept.contains("reportsTo")) {
            manager = null;
            if (reportsToId != null) {
                manager = em.find(Contact.class, reportsToId);
                if (manager == null
                        || !access.may(
                                CrmModule.CONTACTS,
                                Action.VIEW,
                                manager.getOwner().getId())) {
                    throw new InvalidInputException("reportsTo", "crm.contact.reportsTo.unknown");
                }
            }
        }
        try {
            contact.reportTo(manager);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("reportsTo", "crm.contact.reportsTo.loop");
        }
        if (contact.getPortalLogin() != null) {
            // checked before the change is flushed, so the unique constraint stays a last resort
            TypedQuery<Long> sameLogin = em.createQuery(
                            "select count(c) from Contact c where c.portalLogin = :login"
                                    + (contact.isNew() ? "" : " and c.id <> :id"),
                            Long.class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("login", contact.getPortalLogin());
            if (!contact.isNew()) {
                sameLogin.setParameter("id", contact.getId());
            }
            long others = sameLogin.getSingleResult();
            if (others > 0) {
                throw new InvalidInputException("portalUser", "crm.contact.portalUser.emailTaken");
            }
        }
    }
}
