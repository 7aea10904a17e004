package org.enlace.crm.web.opportunity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enlace.crm.opportunity.boundary.OpportunityRow;
import org.enlace.crm.opportunity.boundary.OpportunityService;
import org.enlace.crm.opportunity.boundary.PipelineColumn;
import org.enlace.crm.opportunity.entity.Opportunity;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Picklists;
import org.primefaces.event.DragDropEvent;

/**
 * Embudo de ventas: a column per open sales stage with its cards and total; a card dragged to
 * another column, or moved with its "Mover a" menu (the keyboard way), changes the stage. A move
 * the service refuses leaves the board as the database has it, with the reason.
 */
@Named
@ViewScoped
public class PipelineView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Cards per column; the rest are counted and reached through the list. */
    static final int CARDS = 50;

    /** A card's and a column's client ids inside the board's repeats: ...:columns:2:cards:4:card. */
    private static final Pattern CARD = Pattern.compile(".*:columns:(\\d+):cards:(\\d+):card$");

    private static final Pattern COLUMN = Pattern.compile(".*:columns:(\\d+):column$");

    @EJB
    OpportunityService opportunities;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    @Inject
    Picklists picklists;

    private Long ownerId;
    private String target;
    private List<OwnerRef> ownerChoices;
    private List<PipelineColumn> columns;

    public void load() {
        ownerChoices = owners.assignable();
        refresh();
    }

    public void refresh() {
        columns = opportunities.pipeline(ownerId, CARDS);
    }

    /** The "Mover a" menu of a card: the stage chosen in it. */
    public void moveTo(long id) {
        String stage = target;
        target = null;
        if (stage != null) {
            move(id, stage);
        }
    }

    private void move(long id, String stage) {
        try {
            Opportunity moved = opportunities.moveTo(id, stage);
            messages.info(null, "pipeline.moved", moved.getName(), picklists.label("OPPORTUNITY_STAGE", stage));
        } finally {
            refresh();
        }
    }

    /** A card dropped on a column. */
    public void dropped(DragDropEvent<?> event) {
        Matcher card = CARD.matcher(event.getDragId());
        Matcher column = COLUMN.matcher(event.getDropId());
        if (!card.matches() || !column.matches()) {
            refresh();
            return;
        }
        OpportunityRow row =
                columns.get(Integer.parseInt(card.group(1))).cards().get(Integer.parseInt(card.group(2)));
        String stage = columns.get(Integer.parseInt(column.group(1))).stage();
        if (!stage.equals(row.stage())) {
            move(row.id(), stage);
        }
    }

    public List<PipelineColumn> getColumns() {
        return columns;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<OwnerRef> getOwnerChoices() {
        return ownerChoices;
    }
}
