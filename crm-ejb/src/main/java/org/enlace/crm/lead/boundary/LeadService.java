package org.enlace.crm.lead.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.RecordRef;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.entity.Address;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.lead.entity.Lead;
import org.enlace.crm.opportunity.boundary.OpportunityService;
import org.enlace.crm.opportunity.entity.Opportunity;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.control.ModuleGuarded;

/**
 * Prospectos: the shared boundary, plus what is a lead's own: a converted lead is read-only, and
 * the conversion into an account (new or existing), a contact and optionally an opportunity.
 */
@Stateless
@ModuleGuarded(CrmModule.LEADS)
@RolesAllowed(CrmRole.Names.USER)
public class LeadService extends RecordService<Lead, LeadRow> {

    @EJB
    AccountService accounts;

    @EJB
    ContactService contacts;

    @EJB
    OpportunityService opportunities;

    @Inject
    Validator validator;

    @Override
    protected ModuleDefinition definition() {
        return LeadModule.DEFINITION;
    }

    @Override
    protected Class<Lead> type() {
        return Lead.class;
    }

    @Override
    protected Lead blank() {
        return new Lead();
    }

    @Override
    protected void rules(Lead record, Lead form, Set<String> kept) {
        if (record.isConverted()) {
            throw new InvalidInputException(null, "crm.lead.converted");
        }
    }

    /** A converted lead can no longer be edited (it can still be deleted, as in vtiger). */
    @Override
    public Set<Action> allowedOn(long id) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        allowed.addAll(super.allowedOn(id));
        if (get(id).isConverted()) {
            allowed.remove(Action.EDIT);
            allowed.remove(Action.CONVERT);
        }
        return allowed;
    }

    /**
     * The accounts whose name is the lead's company (case and accents ignored, as the database
     * compares), that the caller may see: the conversion offers them instead of a duplicate.
     */
    public List<RecordRef> matchingAccounts(long id) {
        Lead lead = get(id);
        return accounts.suggest(lead.getCompany(), 10).stream()
                .filter(a -> a.name().equalsIgnoreCase(lead.getCompany())
                        || java.text.Normalizer.normalize(a.name(), java.text.Normalizer.Form.NFD)
                                .replaceAll("\\p{M}", "")
                                .equalsIgnoreCase(
                                        java.text.Normalizer.normalize(lead.getCompany(), java.text.Normalizer.Form.NFD)
                                                .replaceAll("\\p{M}", "")))
                .map(a -> new RecordRef(CrmModule.ACCOUNTS, a.id(), a.number(), a.name()))
                .toList();
    }

    /**
     * Converts the lead, in one transaction: the account (the one chosen, or a new one from the
     * company), a contact from the lead, optionally an opportunity on them, each through its own
     * module's save path (so with its rules, numbers and notices); then the lead is converted and
     * read-only. Exactly one conversion happens, even for two requests at the same moment: the
     * lead is marked converted by one conditional update before anything is created, and the
     * second request finds it done.
     */
    public Lead convert(long id, @NotNull @Valid Conversion form) {
        access.require(CrmModule.LEADS, Action.CONVERT);
        Lead lead = records.find(LeadModule.DEFINITION, Lead.class, id, Action.EDIT);
        int marked = lead.isConverted()
                ? 0
                // the conversion day is the guard: one conditional update, row-locked until commit
                : em.createQuery("update Lead l set l.convertedOn = :today where l.id = :id and l.convertedOn is null")
                        .setParameter("today", LocalDate.now())
                        .setParameter("id", id)
                        .executeUpdate();
        if (marked == 0) {
            throw new InvalidInputException(null, "crm.lead.converted");
        }
        em.refresh(lead);
        long owner = form.getOwnerId() == null ? lead.getOwner().getId() : form.getOwnerId();

        Account account;
        if (form.getAccountId() != null) {
            account = accounts.get(form.getAccountId());
        } else {
            if (!form.isNewAccountDespiteMatches()) {
                int matches = matchingAccounts(id).size();
                if (matches > 0) {
                    throw new InvalidInputException("account", "crm.lead.convert.accountExists", matches);
                }
            }
            account = accounts.create(checked("account", accountFrom(lead, form)), owner, null);
        }
        Contact contact = contacts.create(checked("contact", contactFrom(lead)), account.getId(), owner, null);
        Long opportunityId = null;
        if (form.isCreateOpportunity()) {
            Opportunity opportunity = form.getOpportunity();
            if (opportunity.getName() == null) {
                opportunity.setName(lead.getCompany());
            }
            opportunity.setSource(lead.getSource());
            opportunityId = opportunities
                    .create(
                            checked("opportunity", opportunity),
                            owner,
                            Map.of("account", account.getId(), "contact", contact.getId()))
                    .getId();
        }
        em.flush(); // the targets exist before the lead points at them (plain key columns, no mapping to order by)
        lead.convertedInto(account.getId(), contact.getId(), opportunityId, LocalDate.now());
        return lead;
    }

    /** What the lead became, as links (for its page). */
    public List<RecordRef> convertedInto(long id) {
        Lead lead = get(id);
        if (!lead.isConverted()) {
            return List.of();
        }
        List<RecordRef> into = new java.util.ArrayList<>();
        if (lead.getConvertedAccountId() != null) {
            into.add(ref(CrmModule.ACCOUNTS, em.find(Account.class, lead.getConvertedAccountId())));
        }
        if (lead.getConvertedContactId() != null) {
            into.add(ref(CrmModule.CONTACTS, em.find(Contact.class, lead.getConvertedContactId())));
        }
        if (lead.getConvertedOpportunityId() != null) {
            into.add(ref(CrmModule.OPPORTUNITIES, em.find(Opportunity.class, lead.getConvertedOpportunityId())));
        }
        into.removeIf(r -> r == null);
        return into;
    }

    private static RecordRef ref(CrmModule module, org.enlace.crm.common.entity.OwnedEntity record) {
        return record == null ? null : new RecordRef(module, record.getId(), record.getNumber(), record.recordName());
    }

    /** A target's form checked before it is saved, its first problem named as "target.field". */
    private <T> T checked(String target, T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.iterator().next();
            String property = first.getPropertyPath().toString().replaceFirst("Valid$", "");
            throw new InvalidInputException(target + "." + property, "crm.lead.convert.invalid", first.getMessage());
        }
        return form;
    }

    /** The lead's company as an account: the default mapping (vtiger's). */
    private static Account accountFrom(Lead lead, Conversion form) {
        Account account = new Account(form.getAccountName() == null ? lead.getCompany() : form.getAccountName());
        account.setPhone(lead.getPhone());
        account.setWebsite(lead.getWebsite());
        account.setIndustry(lead.getIndustry());
        account.setRating(lead.getRating());
        account.setEmployees(lead.getEmployees());
        account.setAnnualRevenue(lead.getAnnualRevenue());
        copy(lead.getAddress(), account.getBillingAddress());
        return account;
    }

    /** The lead's person as a contact: the default mapping (vtiger's). */
    private static Contact contactFrom(Lead lead) {
        Contact contact = new Contact();
        contact.setSalutation(lead.getSalutation());
        contact.setFirstName(lead.getFirstName());
        contact.setLastName(lead.getLastName());
        contact.setTitle(lead.getTitle());
        contact.setEmail(lead.getEmail());
        contact.setSecondaryEmail(lead.getSecondaryEmail());
        contact.setOfficePhone(lead.getPhone());
        contact.setMobilePhone(lead.getMobile());
        contact.setEmailOptOut(lead.isEmailOptOut());
        contact.setDoNotCall(lead.isDoNotCall());
        contact.setDescription(lead.getDescription());
        copy(lead.getAddress(), contact.getMailingAddress());
        return contact;
    }

    private static void copy(Address from, Address to) {
        to.setStreet(from.getStreet());
        to.setCity(from.getCity());
        to.setState(from.getState());
        to.setPostalCode(from.getPostalCode());
        to.setCountry(from.getCountry());
    }
}
