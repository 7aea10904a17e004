package org.enlace.crm.opportunity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.common.entity.PicklistCodes;
import org.enlace.crm.common.entity.Text;
import org.enlace.crm.contact.entity.Contact;

/**
 * A sale in the making (Oportunidad) with an account: its amount, expected close date and sales
 * stage. Reaching a closed stage (won or lost) records the day it closed.
 */
@Entity
@Table(name = "crm_opportunity")
public class Opportunity extends OwnedEntity {

    private static final long serialVersionUID = 1L;

    public static final int NUMBER_LENGTH = 30;
    public static final int NAME_LENGTH = 150;
    public static final int NEXT_STEP_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;

    /** The stages that close an opportunity (picklist codes seeded by 0013-opportunities). */
    public static final String WON = "CLOSED_WON";

    public static final String LOST = "CLOSED_LOST";
    private static final Set<String> CLOSED = Set.of(WON, LOST);

    /** vtiger's probability of each standard stage, taken when the form leaves it empty. */
    private static final Map<String, Integer> STAGE_PROBABILITY = Map.of(
            "PROSPECTING",
            10,
            "QUALIFICATION",
            20,
            "NEEDS_ANALYSIS",
            25,
            "VALUE_PROPOSITION",
            30,
            "DECISION_MAKERS",
            40,
            "PERCEPTION_ANALYSIS",
            50,
            "PROPOSAL",
            65,
            "NEGOTIATION",
            80,
            WON,
            100,
            LOST,
            0);

    @Column(name = "opportunity_number", nullable = false, unique = true, updatable = false, length = NUMBER_LENGTH)
    private String number;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    /** The same column, read only: lets a query read the id without joining (exports). */
    @Column(name = "account_id", insertable = false, updatable = false)
    private Long accountKey;

    @ManyToOne
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Column(name = "contact_id", insertable = false, updatable = false)
    private Long contactKey;

    @DecimalMin("0")
    @Digits(integer = 16, fraction = 2)
    @Column(precision = 18, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Column(name = "close_date", nullable = false)
    private LocalDate closeDate;

    @NotBlank
    @Size(max = PicklistCodes.LENGTH)
    @Column(nullable = false, length = PicklistCodes.LENGTH)
    private String stage;

    @Min(0)
    @Max(100)
    private Integer probability;

    @Size(max = PicklistCodes.LENGTH)
    @Column(name = "opportunity_type", length = PicklistCodes.LENGTH)
    private String type;

    @Size(max = PicklistCodes.LENGTH)
    @Column(name = "lead_source", length = PicklistCodes.LENGTH)
    private String source;

    @Size(max = NEXT_STEP_LENGTH)
    @Column(name = "next_step", length = NEXT_STEP_LENGTH)
    private String nextStep;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    /** The day it reached a closed stage (won or lost); null while open. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    public Opportunity() {}

    @Override
    public String getNumber() {
        return number;
    }

    @Override
    public void numberAs(String number) {
        if (this.number != null) {
            throw new IllegalStateException("An opportunity keeps its number");
        }
        this.number = number;
    }

    @Override
    public String recordName() {
        return name;
    }

    public static boolean isClosed(String stage) {
        return CLOSED.contains(stage);
    }

    /**
     * Records the closing day when the stage closes it, and forgets it when it opens again; an
     * empty probability takes the stage's.
     */
    public void stageChanged(LocalDate today) {
        if (probability == null) {
            probability = STAGE_PROBABILITY.get(stage);
        }
        if (isClosed(stage) && closedOn == null) {
            closedOn = today;
        } else if (!isClosed(stage)) {
            closedOn = null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.clean(name);
    }

    public Account getAccount() {
        return account;
    }

    public void setAccount(Account account) {
        this.account = account;
    }

    public Contact getContact() {
        return contact;
    }

    public void setContact(Contact contact) {
        this.contact = contact;
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
        this.stage = Text.clean(stage);
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = Text.clean(type);
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = Text.clean(source);
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = Text.clean(nextStep);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Text.clean(description);
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
