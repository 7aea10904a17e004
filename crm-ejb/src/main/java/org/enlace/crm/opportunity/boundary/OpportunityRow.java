package org.enlace.crm.opportunity.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.enlace.crm.common.boundary.ListRow;

/** An opportunity as the Oportunidades list and the pipeline show it. */
public record OpportunityRow(
        long id,
        String number,
        String name,
        long accountId,
        String accountName,
        BigDecimal amount,
        LocalDate closeDate,
        String stage,
        Integer probability,
        String ownerName)
        implements ListRow {

    @Override
    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getAccountName() {
        return accountName;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public String getStage() {
        return stage;
    }

    public String getOwnerName() {
        return ownerName;
    }
}
