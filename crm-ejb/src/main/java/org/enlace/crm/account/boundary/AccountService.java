package org.enlace.crm.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.common.entity.TaxId;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.CrmRole;

/** Accounts (Cuentas): list, read, create, change, delete. */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
public class AccountService {

    /** Text that looks like a NIT being typed: digits, maybe with dots and the check digit. */
    private static final Predicate<String> TAX_ID =
            Pattern.compile("\\d[\\d. ]*(-\\d?)?").asMatchPredicate();

    static final ListQuery<AccountRow> LIST = ListQuery.of(
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
    NumberSequences numbers;

    @Inject
    Caller caller;

    @EJB
    OwnerDirectory owners;

    public List<AccountRow> rows(@NotNull @Valid PageRequest request) {
        return LIST.rows(em, request);
    }

    /** How many rows the list has, counted up to atMost (atMost + 1 means more). */
    public long count(@NotNull @Valid PageRequest request, @Min(0) int atMost) {
        return LIST.count(em, request, atMost);
    }

    public Account get(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    /** Accounts the quick search finds for the text (name, number, NIT or email), for autocompletes. */
    public List<AccountRef> suggest(@Size(max = 100) String text, @Min(1) @Max(50) int max) {
        return LIST.suggest(
                em,
                AccountRef.class,
                "new org.enlace.crm.account.boundary.AccountRef(a.id, a.number, a.name)",
                text,
                max);
    }

    public AccountRef ref(long id) {
        Account account = get(id);
        return new AccountRef(account.getId(), account.getNumber(), account.getName());
    }

    public Account create(@NotNull @Valid Account form, long ownerId, Long parentId) {
        Account account = new Account();
        apply(account, form, ownerId, parentId);
        account.numberAs(numbers.next(NumberSequences.ACCOUNT));
        account.touch(caller.id(), Instant.now());
        em.persist(account);
        return account;
    }

    /** Saves a change made on the given version; if someone saved in between, nothing changes. */
    public Account update(long id, long version, @NotNull @Valid Account form, long ownerId, Long parentId) {
        Account account = get(id);
        if (account.getVersion() != version) {
            throw new ConflictException();
        }
        apply(account, form, ownerId, parentId);
        account.touch(caller.id(), Instant.now());
        return account;
    }

    public long countContacts(long id) {
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
        Account account = get(id);
        long contacts = countContacts(id);
        if (contacts > 0 && !withContacts) {
            throw new InvalidInputException(null, "crm.account.delete.hasContacts", contacts);
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

    private void apply(Account account, Account form, long ownerId, Long parentId) {
        account.updateFrom(form);
        if (account.getTaxId() != null
                && TaxId.isColombian(account.getBillingAddress().getCountry())) {
            account.normalizeTaxId(TaxId.normalizeColombianNit(account.getTaxId())
                    .orElseThrow(() -> new InvalidInputException("taxId", "crm.account.taxId.invalid")));
        }
        account.assignTo(owners.assignableOwner(ownerId));
        Account parent = null;
        if (parentId != null) {
            parent = em.find(Account.class, parentId);
            if (parent == null) {
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
