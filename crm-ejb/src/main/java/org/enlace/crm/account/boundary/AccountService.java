package org.enlace.crm.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotAllowedException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.control.Restriction;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.common.entity.TaxId;
import org.enlace.crm.record.control.Records;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.settings.control.Picklists;

/** Accounts (Cuentas): list, read, create, change, delete. */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
public class AccountService {

    /** Text that looks like a NIT being typed: digits, maybe with dots and the check digit. */
    private static final Predicate<String> TAX_ID =
            Pattern.compile("\\d[\\d. ]*(-\\d?)?").asMatchPredicate();

    private static final String OWNER = "a.owner.id";

    public static final ListQuery<AccountRow> LIST = ListQuery.of(
                    AccountRow.class,
                    "a",
                    "new org.enlace.crm.account.boundary.AccountRow(a.id, a.number, a.name, a.taxId, a.phone, a.email, a.billingAddress.city, o.displayName)",
                    "Account a join a.owner o")
            .alone("Account a")
            .column("number", "a.number")
            .column("name", "a.name")
            .column("taxId", "a.taxId")
            .column("phone", "a.phone")
            .column("email", "a.email")
            .column("city", "a.billingAddress.city")
            .column("owner", "o.displayName")
            .searchWhen(ListQuery.EMAIL, "a.email")
            .searchWhen(ListQuery.RECORD_NUMBER, "a.number")
            .searchWhen(TAX_ID, "a.taxId", text -> text.replace(".", "").replace(" ", ""))
            .search("a.name")
            .defaultOrder("a.name asc")
            .build();

    @PersistenceContext
    EntityManager em;

    @Inject
    Records records;

    @Inject
    AccessControl access;

    @Inject
    Picklists picklists;

    public List<AccountRow> rows(@NotNull @Valid PageRequest request) {
        return LIST.rows(em, request, access.readable(CrmModule.ACCOUNTS, OWNER));
    }

    /** How many rows the list has, counted up to atMost (atMost + 1 means more). */
    public long count(@NotNull @Valid PageRequest request, @Min(0) int atMost) {
        return LIST.count(em, request, atMost, access.readable(CrmModule.ACCOUNTS, OWNER));
    }

    /** An account the caller may see; one he may not is "not found", like one that does not exist. */
    public Account get(long id) {
        return find(id, Action.VIEW);
    }

    private Account find(long id, Action action) {
        return records.find(AccountModule.DEFINITION, Account.class, id, action);
    }

    /** What the caller may do with this account (for the buttons a page shows; each call checks again). */
    public Set<Action> allowedOn(long id) {
        Account record = get(id);
        return access.allowedOn(CrmModule.ACCOUNTS, record.getOwner().getId());
    }

    /** Accounts the quick search finds for the text (name, number, NIT or email), for autocompletes. */
    public List<AccountRef> suggest(@Size(max = 100) String text, @Min(1) @Max(50) int max) {
        return LIST.suggest(
                em,
                AccountRef.class,
                "new org.enlace.crm.account.boundary.AccountRef(a.id, a.number, a.name)",
                text,
                max,
                access.readable(CrmModule.ACCOUNTS, OWNER));
    }

    public AccountRef ref(long id) {
        Account account = get(id);
        return new AccountRef(account.getId(), account.getNumber(), account.getName());
    }

    public Account create(@NotNull @Valid Account form, long ownerId, Long parentId) {
        return records.create(
                AccountModule.DEFINITION, new Account(), form, ownerId, (a, f, kept) -> apply(a, f, kept, parentId));
    }

    /** Saves a change made on the given version; if someone saved in between, nothing changes. */
    public Account update(long id, long version, @NotNull @Valid Account form, long ownerId, Long parentId) {
        return records.update(
                AccountModule.DEFINITION,
                Account.class,
                id,
                version,
                form,
                ownerId,
                (a, f, kept) -> apply(a, f, kept, parentId));
    }

    /** How many contacts the account has (all of them: deleting it with its contacts takes them all). */
    public long countContacts(long id) {
        get(id);
        return contactsOf(id);
    }

    private long contactsOf(long id) {
        return em.createQuery("select count(c) from Contact c where c.account.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    /**
     * Deletes an account. One that has contacts is refused with their number, unless the user
     * chose to delete them too. Member accounts and contacts reporting to deleted ones are kept,
     * without that link.
     */
    public void delete(long id, boolean withContacts) {
        Account account = find(id, Action.DELETE);
        long contacts = contactsOf(id);
        if (contacts > 0 && !withContacts) {
            throw new InvalidInputException(null, "crm.account.delete.hasContacts", contacts);
        }
        if (contacts > 0 && contactsTheCallerMayNotDelete(id) > 0) {
            throw new NotAllowedException();
        }
        em.createQuery("update Account a set a.parent = null where a.parent.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        if (contacts > 0) {
            em.createQuery(
                            "update Contact c set c.reportsTo = null where c.reportsTo.id in (select x.id from Contact x where x.account.id = :id)")
                    .setParameter("id", id)
                    .executeUpdate();
            em.createQuery("delete from Contact c where c.account.id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
        }
        em.remove(account);
    }

    private long contactsTheCallerMayNotDelete(long accountId) {
        Restriction deletable = access.deletable(CrmModule.CONTACTS, "c.owner.id");
        if (deletable.isNone()) {
            return 0;
        }
        var query = em.createQuery(
                "select count(c) from Contact c where c.account.id = :id and not (" + deletable.clause() + ")",
                Long.class);
        deletable.parameters().forEach(query::setParameter);
        return query.setParameter("id", accountId).getSingleResult();
    }

    /** The fields hidden from or read-only for the caller, for the pages to leave out or lock. */
    public Map<String, FieldAccess> fieldRules() {
        return access.fieldRules(CrmModule.ACCOUNTS);
    }

    private void apply(Account account, Account form, Set<String> kept, Long parentId) {
        picklists.require(PicklistField.ACCOUNT_INDUSTRY, form.getIndustry(), account.getIndustry(), kept);
        picklists.require(PicklistField.ACCOUNT_TYPE, form.getType(), account.getType(), kept);
        picklists.require(PicklistField.ACCOUNT_RATING, form.getRating(), account.getRating(), kept);
        account.updateFrom(form, kept);
        if (!kept.contains("taxId")
                && account.getTaxId() != null
                && TaxId.isColombian(account.getBillingAddress().getCountry())) {
            account.normalizeTaxId(TaxId.normalizeColombianNit(account.getTaxId())
                    .orElseThrow(() -> new InvalidInputException("taxId", "crm.account.taxId.invalid")));
        }
        if (kept.contains("parent")) {
            return;
        }
        Account parent = null;
        if (parentId != null) {
            parent = em.find(Account.class, parentId);
            if (parent == null
                    || !access.may(
                            CrmModule.ACCOUNTS, Action.VIEW, parent.getOwner().getId())) {
                throw new InvalidInputException("parent", "crm.account.parent.unknown");
            }
        }
        try {
            account.memberOf(parent);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("parent", "crm.account.parent.loop");
        }
    }
}
