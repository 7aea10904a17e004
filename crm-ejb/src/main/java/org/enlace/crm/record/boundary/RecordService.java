package org.enlace.crm.record.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.Field;
import org.enlace.crm.common.boundary.FormBlock;
import org.enlace.crm.common.boundary.ListRow;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.boundary.RecordRef;
import org.enlace.crm.common.boundary.Transfer;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Properties;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.record.control.Records;
import org.enlace.crm.record.control.RoundRobins;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.FieldAccess;

/**
 * What every record module's boundary offers, read from its definition: the list (paged,
 * sorted, searched in the database under the access control's condition), one record, what the
 * caller may do with it, its form, and create, change and delete through the one save path. A
 * module's own boundary extends it with its entity and row and adds only what is its own
 * ({@link #rules}, links, conversions).
 */
@RolesAllowed(CrmRole.Names.USER)
public abstract class RecordService<E extends OwnedEntity, R extends ListRow> {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    protected AccessControl access;

    @Inject
    protected Records records;

    protected abstract ModuleDefinition definition();

    protected abstract Class<E> type();

    /** A new, empty record for a form. */
    protected abstract E blank();

    /** The module's own rules on a save (none by default). */
    protected void rules(E record, E form, Set<String> kept) {}

    @SuppressWarnings("unchecked")
    private ListQuery<R> list() {
        return (ListQuery<R>) definition().list();
    }

    private CrmModule module() {
        return definition().module();
    }

    public List<R> rows(@NotNull @Valid PageRequest request) {
        return list().rows(em, request, access.readable(module(), definition().ownerPath()));
    }

    /** How many rows the list has, counted up to atMost (atMost + 1 means more). */
    public long count(@NotNull @Valid PageRequest request, @Min(0) int atMost) {
        return list().count(
                        em,
                        request,
                        atMost,
                        access.readable(module(), definition().ownerPath()));
    }

    /** A record the caller may see; one he may not is "not found", like one that does not exist. */
    public E get(long id) {
        return records.find(definition(), type(), id, Action.VIEW);
    }

    /** What the caller may do with this record (for the buttons a page shows; each call checks again). */
    public Set<Action> allowedOn(long id) {
        return access.allowedOn(module(), get(id).getOwner().getId());
    }

    /** A new record as the form starts it. */
    public E newRecord() {
        return blank();
    }

    public E create(@NotNull @Valid E form, long ownerId) {
        return create(form, ownerId, Map.of());
    }

    /** Creates a record; links gives the id each link field points to (an opportunity's account...). */
    public E create(@NotNull @Valid E form, long ownerId, @NotNull Map<String, Long> links) {
        return records.create(definition(), blank(), form, ownerId, links, this::rules);
    }

    /** Saves a change made on the given version; if someone saved in between, nothing changes. */
    public E update(long id, long version, @NotNull @Valid E form, long ownerId) {
        return update(id, version, form, ownerId, Map.of());
    }

    public E update(long id, long version, @NotNull @Valid E form, long ownerId, @NotNull Map<String, Long> links) {
        return records.update(definition(), type(), id, version, form, ownerId, links, this::rules);
    }

    /** The records a record's link fields point to, for its form. */
    public Map<String, RecordRef> links(long id) {
        E record = get(id);
        Map<String, RecordRef> links = new HashMap<>();
        for (Field field : definition().links()) {
            OwnedEntity linked = (OwnedEntity) Properties.get(record, field.name());
            if (linked != null) {
                links.put(
                        field.name(),
                        new RecordRef(field.link(), linked.getId(), linked.getNumber(), linked.recordName()));
            }
        }
        return links;
    }

    /**
     * Gives the checked records to another owner (Asignar a): each checked against the caller's
     * edit right; the refused ones are listed; the new owner is told once.
     */
    public Transfer transfer(@NotNull @Size(min = 1, max = 5000) List<Long> ids, long ownerId) {
        return records.transfer(definition(), type(), ids, ownerId);
    }

    public void delete(long id) {
        records.delete(definition(), type(), id);
    }

    @Inject
    RoundRobins turns;

    /** Whether new records can be dealt in turns among a group's members (the owner "En turnos"). */
    public boolean dealsInTurns() {
        return turns.groupOf(module()).isPresent();
    }

    /** The form's blocks and fields, as the module declares them. */
    public List<FormBlock> form() {
        return definition().blocks();
    }

    /** The fields hidden from or read-only for the caller, for the pages to leave out or lock. */
    public Map<String, FieldAccess> fieldRules() {
        return access.fieldRules(module());
    }
}
