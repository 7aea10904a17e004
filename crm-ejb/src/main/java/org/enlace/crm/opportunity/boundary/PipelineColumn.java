package org.enlace.crm.opportunity.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One open sales stage of the pipeline: its opportunities (the first ones), how many, their total. */
public record PipelineColumn(String stage, List<OpportunityRow> cards, long count, BigDecimal total)
        implements Serializable {

    /** How many of the stage's opportunities the column does not show. */
    public long more() {
        return count - cards.size();
    }
}
