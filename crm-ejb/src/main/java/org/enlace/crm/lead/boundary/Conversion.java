package org.enlace.crm.lead.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
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

    @Size(max = Opportunity.NAME_LENGTH)
    private String opportunityName;

    @DecimalMin("0")
    @Digits(integer = 16, fraction = 2)
    private BigDecimal amount;

    private LocalDate closeDate;

    @Size(max = 40)
    private String stage;

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

    public String getOpportunityName() {
        return opportunityName;
    }

    public void setOpportunityName(String opportunityName) {
        this.opportunityName = opportunityName;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public void setCloseDate(LocalDate closeDate) {
        this.closeDate = closeDate;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
