package org.enlace.crm.record.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.Field;
import org.enlace.crm.common.boundary.FieldType;
import org.enlace.crm.common.boundary.FormBlock;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.boundary.Transfer;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Modules;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.common.control.Properties;
import org.enlace.crm.common.entity.Address;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.common.entity.Owner;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.settings.control.Picklists;

/**
 * The one path that writes a record of any module: access checked before anything changes, the
 * declared fields taken from the form except those the caller may not change, picklist values
 * checked, the owner among those the caller may assign to, the module's own rules, the number,
 * the audit stamps, then {@link RecordSaved} for whoever observes (notifications...).
 */
@Dependent
public class Records {

    /** What a module adds to the shared rules when one of its records is saved. */
    @FunctionalInterface
    public interface Rules<E extends OwnedEntity> {
        /** Checks and links what is the module's own; kept names the fields the caller may not change. */
        void apply(E record, E form, Set<String> kept);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    Picklists picklists;

    @Inject
    NumberSequences numbers;

    @Inject
    Caller caller;

    @Inject
    OwnerDirectory owners;

    @Inject
    RoundRobins turns;

    @Inject
    Event<RecordSaved> saved;

    @Inject
    Event<RecordDeleted> deleted;

    @Inject
    Event<RecordsAssigned> assigned;

    /** A record of the module the caller may do the action on; one he may not see is "not found". */
    public <E extends OwnedEntity> E find(ModuleDefinition module, Class<E> type, long id, Action action) {
        E record = em.find(type, id);
        if (record == null) {
            throw new NotFoundException();
        }
        access.requireOn(module.module(), action, record.getOwner().getId());
        return record;
    }

    public <E extends OwnedEntity> E create(ModuleDefinition module, E record, E form, long ownerId, Rules<E> rules) {
        return create(module, record, form, ownerId, Map.of(), rules);
    }

    /** Creates a record; links gives the id of the record each link field points to (absent: none). */
    public <E extends OwnedEntity> E create(
            ModuleDefinition module, E record, E form, long ownerId, Map<String, Long> links, Rules<E> rules) {
        access.require(module.module(), Action.CREATE);
        long owner = ownerId;
        if (ownerId == RoundRobins.IN_TURNS) {
            owner = turns.next(module.module())
                    .orElseThrow(() -> new InvalidInputException("owner", "crm.owner.noTurns"))
                    .getId();
        }
        apply(module, record, form, owner, links, rules);
        record.numberAs(numbers.next(module.sequence()));
        record.touch(caller.id(), Instant.now());
        em.persist(record);
        saved.fire(new RecordSaved(module.module(), record, null, true));
        return record;
    }

    /** Saves a change made on the given version; if someone saved in between, nothing changes. */
    public <E extends OwnedEntity> E update(
            ModuleDefinition module, Class<E> type, long id, long version, E form, long ownerId, Rules<E> rules) {
        return update(module, type, id, version, form, ownerId, Map.of(), rules);
    }

    public <E extends OwnedEntity> E update(
            ModuleDefinition module,
            Class<E> type,
            long id,
            long version,
            E form,
            long ownerId,
            Map<String, Long> links,
            Rules<E> rules) {
        E record = find(module, type, id, Action.EDIT);
        if (record.getVersion() != version) {
            throw new ConflictException();
        }
        Owner before = record.getOwner();
        apply(module, record, form, ownerId, links, rules);
        record.touch(caller.id(), Instant.now());
        saved.fire(new RecordSaved(module.module(), record, before, false));
        return record;
    }

    /**
     * One change made by a tool rather than the form (a stage moved on the pipeline, a conversion
     * marking its lead): the record must be editable by the caller, the change sees the fields he
     * may not change, and the save is stamped and announced as any other.
     */
    public <E extends OwnedEntity> E change(ModuleDefinition module, Class<E> type, long id, Rules<E> change) {
        E record = find(module, type, id, Action.EDIT);
        Owner before = record.getOwner();
        change.apply(record, record, access.keptFields(module.module(), false));
        record.touch(caller.id(), Instant.now());
        saved.fire(new RecordSaved(module.module(), record, before, false));
        return record;
    }

    /**
     * Gives the records to one owner (among those the caller may assign to): each is checked
     * against the caller's edit right, refused ones are listed and keep their owner. The new owner
     * is told once for all of them.
     */
    public <E extends OwnedEntity> Transfer transfer(
            ModuleDefinition module, Class<E> type, Collection<Long> ids, long ownerId) {
        Owner owner = owners.assignableOwner(ownerId, null);
        List<String> refused = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        Instant now = Instant.now();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> slice = all.subList(from, Math.min(all.size(), from + 500));
            List<E> found = em.createQuery("select r from " + module.entityName() + " r where r.id in :ids", type)
                    .setParameter("ids", slice)
                    .getResultList();
            for (E record : found) {
                if (!access.may(module.module(), Action.EDIT, record.getOwner().getId())) {
                    refused.add(record.getNumber() + " " + record.recordName());
                    continue;
                }
                Owner before = record.getOwner();
                if (before.getId().equals(owner.getId())) {
                    continue;
                }
                record.assignTo(owner);
                record.touch(caller.id(), now);
                saved.fire(new RecordSaved(module.module(), record, before, false, true));
                moved.add(record.getNumber());
            }
        }
        if (!moved.isEmpty()) {
            assigned.fire(new RecordsAssigned(
                    module.module(), owner, moved.size(), moved.subList(0, Math.min(10, moved.size()))));
        }
        return new Transfer(moved.size(), refused);
    }

    public <E extends OwnedEntity> void delete(ModuleDefinition module, Class<E> type, long id) {
        E record = find(module, type, id, Action.DELETE);
        em.remove(record);
        deleted.fire(new RecordDeleted(module.module(), id, record.getNumber(), record.recordName()));
    }

    /**
     * The record a link field points to: one the caller may see, else refused next to the field
     * as unknown (whether it exists or not); a required link must be given.
     */
    private OwnedEntity linked(Field field, Long id) {
        if (id == null) {
            if (field.required()) {
                throw new InvalidInputException(field.name(), "crm.link.required");
            }
            return null;
        }
        ModuleDefinition target = Modules.of(field.link());
        OwnedEntity linked = em.find(target.type(), id);
        if (linked == null
                || !access.may(target.module(), Action.VIEW, linked.getOwner().getId())) {
            throw new InvalidInputException(field.name(), "crm.link.unknown");
        }
        return linked;
    }

    private <E extends OwnedEntity> void apply(
            ModuleDefinition module, E record, E form, long ownerId, Map<String, Long> links, Rules<E> rules) {
        Set<String> kept = access.keptFields(module.module(), record.isNew());
        for (FormBlock block : module.blocks()) {
            for (Field field : block.fields()) {
                if (kept.contains(field.name()) || field.type() == FieldType.CUSTOM) {
                    continue;
                }
                if (field.type() == FieldType.LINK) {
                    Properties.set(record, field.name(), linked(field, links.get(field.name())));
                    continue;
                }
                Object value = Properties.get(form, field.name());
                if (field.type() == FieldType.PICKLIST) {
                    picklists.require(
                            field.picklist(), (String) value, (String) Properties.get(record, field.name()), kept);
                }
                if (value instanceof Address address) {
                    value = address.copy();
                }
                Properties.set(record, field.name(), value);
            }
        }
        rules.apply(record, form, kept);
        record.assignTo(owners.assignableOwner(ownerId, record.getOwner()));
    }
}
