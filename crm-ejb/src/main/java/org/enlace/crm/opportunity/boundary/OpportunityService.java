package org.enlace.crm.opportunity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.NotAllowedException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Restriction;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.opportunity.entity.Opportunity;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.control.ModuleGuarded;
import org.enlace.crm.settings.control.Picklists;
import org.enlace.crm.settings.control.SettingsCache;

/** Oportunidades: the shared boundary, plus closing recorded with its day. */
@Stateless
@ModuleGuarded(CrmModule.OPPORTUNITIES)
@RolesAllowed(CrmRole.Names.USER)
public class OpportunityService extends RecordService<Opportunity, OpportunityRow> {

    @Inject
    SettingsCache settings;

    @Inject
    Picklists picklists;

    @Override
    protected ModuleDefinition definition() {
        return OpportunityModule.DEFINITION;
    }

    @Override
    protected Class<Opportunity> type() {
        return Opportunity.class;
    }

    @Override
    protected Opportunity blank() {
        return new Opportunity();
    }

    @Override
    protected void rules(Opportunity record, Opportunity form, Set<String> kept) {
        record.stageChanged(LocalDate.now());
    }

    /**
     * The pipeline: one column per open sales stage in the picklist's order, with its first
     * cards (by name), how many it has and their total amount, of the records the caller may see,
     * optionally of one owner. One grouped query for the counts and totals, one query per column.
     */
    public List<PipelineColumn> pipeline(Long ownerId, @Min(1) @Max(100) int cardsPerColumn) {
        Restriction readable = access.readable(CrmModule.OPPORTUNITIES, "p.owner.id");
        List<String> open = settings.current().values(PicklistField.OPPORTUNITY_STAGE).stream()
                .map(v -> v.getCode())
                .filter(code -> !Opportunity.isClosed(code))
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" where p.stage in :open");
        Map<String, Object> parameters = new HashMap<>(readable.parameters());
        parameters.put("open", open);
        if (!readable.isNone()) {
            where.append(" and (").append(readable.clause()).append(")");
        }
        if (ownerId != null) {
            where.append(" and p.owner.id = :owner");
            parameters.put("owner", ownerId);
        }
        TypedQuery<Object[]> totals = em.createQuery(
                "select p.stage, count(p), sum(p.amount) from Opportunity p" + where + " group by p.stage",
                Object[].class);
        parameters.forEach(totals::setParameter);
        Map<String, Object[]> byStage = new HashMap<>();
        for (Object[] row : totals.getResultList()) {
            byStage.put((String) row[0], row);
        }
        List<PipelineColumn> columns = new ArrayList<>();
        for (String stage : open) {
            Object[] total = byStage.get(stage);
            if (total == null) {
                columns.add(new PipelineColumn(stage, List.of(), 0, BigDecimal.ZERO));
                continue;
            }
            Map<String, String> filter = new HashMap<>();
            filter.put("stage", stage);
            PageRequest request = new PageRequest(0, cardsPerColumn, "name", true, filter, null);
            List<OpportunityRow> cards = ownerId == null
                    ? rows(request)
                    : OpportunityModule.LIST.rows(
                            em,
                            request,
                            new Restriction(
                                    (readable.isNone() ? "" : "(" + readable.clause() + ") and ")
                                            + "p.owner.id = :owner",
                                    with(readable.parameters(), "owner", ownerId),
                                    readable.hiddenPaths()));
            BigDecimal sum = total[2] == null ? BigDecimal.ZERO : (BigDecimal) total[2];
            columns.add(new PipelineColumn(stage, cards, ((Number) total[1]).longValue(), sum));
        }
        return columns;
    }

    private static Map<String, Object> with(Map<String, Object> parameters, String name, Object value) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(name, value);
        return all;
    }

    /**
     * Moves an opportunity to another stage (the pipeline's drag, or its "move to" menu): refused
     * as any edit would be (the record's edit right, a read-only stage field, a value the caller's
     * role may not assign), and then nothing changes.
     */
    public Opportunity moveTo(long id, @NotNull @Size(max = 40) String stage) {
        return records.change(OpportunityModule.DEFINITION, Opportunity.class, id, (record, same, kept) -> {
            if (kept.contains("stage")) {
                throw new NotAllowedException();
            }
            picklists.require(PicklistField.OPPORTUNITY_STAGE, stage, record.getStage(), kept);
            record.setStage(stage);
            record.stageChanged(LocalDate.now());
        });
    }
}
