package org.enlace.crm.web.lead;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.RecordRef;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.lead.boundary.Conversion;
import org.enlace.crm.lead.boundary.LeadService;
import org.enlace.crm.lead.entity.Lead;
import org.enlace.crm.record.boundary.RecordLinks;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Pages;

/**
 * Convertir prospecto: the account (new from the company, one of the accounts with that name, or
 * any other), the contact (always), an opportunity if wanted, and the owner of what is created.
 */
@Named
@ViewScoped
public class LeadConvertView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The account choice that creates a new account; "other" uses the autocomplete's. */
    public static final String NEW = "new";

    public static final String OTHER = "other";

    @EJB
    LeadService leads;

    @EJB
    RecordLinks links;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private Long id;
    private Lead lead;
    private List<RecordRef> matches;
    private List<OwnerRef> assignable;
    private final Conversion form = new Conversion();
    private String accountChoice = NEW;
    private RecordRef otherAccount;

    public void load() {
        lead = leads.get(Pages.requireId(id));
        matches = leads.matchingAccounts(lead.getId());
        assignable = owners.assignable();
        form.setAccountName(lead.getCompany());
        form.getOpportunity().setName(lead.getCompany());
        form.getOpportunity().setCloseDate(LocalDate.now().plusMonths(1));
        form.getOpportunity().setStage("PROSPECTING");
        form.setOwnerId(lead.getOwner().getId());
        if (matches.size() == 1) {
            accountChoice = String.valueOf(matches.get(0).id());
        }
        if (lead.isConverted()) {
            messages.error(null, "crm.lead.converted");
        }
    }

    public String convert() {
        form.setAccountId(
                switch (accountChoice) {
                    case NEW -> null;
                    case OTHER -> otherAccount == null ? -1L : otherAccount.id();
                    default -> Long.valueOf(accountChoice);
                });
        if (OTHER.equals(accountChoice) && otherAccount == null) {
            messages.error("convert:otherAccount", "crm.link.required");
            return null;
        }
        try {
            leads.convert(lead.getId(), form);
        } catch (InvalidInputException e) {
            if (e.getField() == null || !e.getField().contains(".")) {
                throw e;
            }
            // a target's field ("contact.lastName"): named with its label, with the reason
            messages.error(null, e.getMessageKey(), messages.text(e.getField()), e.getArguments()[0]);
            return null;
        }
        messages.info(null, "lead.convert.done", lead.getNumber());
        Pages.keepMessages();
        return "/lead/view?faces-redirect=true&id=" + lead.getId();
    }

    public List<RecordRef> completeAccount(String text) {
        return links.suggest(CrmModule.ACCOUNTS, text, 15);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Lead getLead() {
        return lead;
    }

    public List<RecordRef> getMatches() {
        return matches;
    }

    public List<OwnerRef> getAssignable() {
        return assignable;
    }

    public Conversion getForm() {
        return form;
    }

    public String getAccountChoice() {
        return accountChoice;
    }

    public void setAccountChoice(String accountChoice) {
        this.accountChoice = accountChoice;
    }

    public RecordRef getOtherAccount() {
        return otherAccount;
    }

    public void setOtherAccount(RecordRef otherAccount) {
        this.otherAccount = otherAccount;
    }
}
