package org.enlace.crm.lead.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.opportunity.entity.Opportunity;

/**
 * What the user chose on the Convertir prospecto screen: the account (a new one named after the
 * lead's company, or an existing one), whether to create an opportunity and with what, and the
 * owner of what is created. The contact is always created from the lead.
 */
public class Conversion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The existing account to link to; null creates one. */
    private Long accountId;

    /** The new account's name (the lead's company unless changed). */
    @Size(max = Account.NAME_LENGTH)
    private String accountName;

    /**
     * Creating an account while accounts with that name exist must be asked for expressly (never
     * a silent duplicate, never a silent merge).
     */
    private boolean newAccountDespiteMatches;

    private boolean createOpportunity;

    /** The opportunity to create (name, amount, close date, stage), when it is wanted. */
    private final Opportunity opportunity = new Opportunity();

    private Long ownerId;

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public boolean isNewAccountDespiteMatches() {
        return newAccountDespiteMatches;
    }

    public void setNewAccountDespiteMatches(boolean newAccountDespiteMatches) {
        this.newAccountDespiteMatches = newAccountDespiteMatches;
    }

    public boolean isCreateOpportunity() {
        return createOpportunity;
    }

    public void setCreateOpportunity(boolean createOpportunity) {
        this.createOpportunity = createOpportunity;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
