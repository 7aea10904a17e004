package org.enlace.crm.record.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.Field;
import org.enlace.crm.common.boundary.FieldType;
import org.enlace.crm.common.boundary.FormBlock;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.control.ModuleDefinition;
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
    Event<RecordSaved> saved;

    @Inject
    Event<RecordDeleted> deleted;

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
        access.require(module.module(), Action.CREATE);
        apply(module, record, form, ownerId, rules);
        record.numberAs(numbers.next(module.sequence()));
        record.touch(caller.id(), Instant.now());
        em.persist(record);
        saved.fire(new RecordSaved(module.module(), record, null, true));
        return record;
    }

    /** Saves a change made on the given version; if someone saved in between, nothing changes. */
    public <E extends OwnedEntity> E update(
            ModuleDefinition module, Class<E> type, long id, long version, E form, long ownerId, Rules<E> rules) {
        E record = find(module, type, id, Action.EDIT);
        if (record.getVersion() != version) {
            throw new ConflictException();
        }
        Owner before = record.getOwner();
        apply(module, record, form, ownerId, rules);
        record.touch(caller.id(), Instant.now());
        saved.fire(new RecordSaved(module.module(), record, before, false));
        return record;
    }

    public <E extends OwnedEntity> void delete(ModuleDefinition module, Class<E> type, long id) {
        E record = find(module, type, id, Action.DELETE);
        em.remove(record);
        deleted.fire(new RecordDeleted(module.module(), id, record.getNumber(), record.recordName()));
    }

    private <E extends OwnedEntity> void apply(
            ModuleDefinition module, E record, E form, long ownerId, Rules<E> rules) {
        Set<String> kept = access.keptFields(module.module(), record.isNew());
        for (FormBlock block : module.blocks()) {
            for (Field field : block.fields()) {
                if (kept.contains(field.name()) || field.type() == FieldType.CUSTOM) {
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
