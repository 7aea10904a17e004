package org.enlace.crm.record.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.enlace.crm.common.boundary.RecordRef;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Modules;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.record.control.Records;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.control.ModuleSwitch;

/**
 * Links between records, for the forms' autocompletes: the records of a module the quick search
 * finds for a text, and one record as a link shows it; only records the caller may see, of
 * modules that are on.
 */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
public class RecordLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    Records records;

    @Inject
    ModuleSwitch modules;

    public List<RecordRef> suggest(@NotNull CrmModule module, @Size(max = 100) String text, @Min(1) @Max(50) int max) {
        ModuleDefinition definition = linkable(module);
        return definition
                .list()
                .suggest(
                        em,
                        RecordRef.class,
                        definition.refProjection(),
                        text,
                        max,
                        access.readable(module, definition.ownerPath()))
                .stream()
                .map(ref -> ref.in(module))
                .toList();
    }

    public RecordRef ref(@NotNull CrmModule module, long id) {
        ModuleDefinition definition = linkable(module);
        var record = records.find(definition, definition.type(), id, Action.VIEW);
        return new RecordRef(module, record.getId(), record.getNumber(), record.recordName());
    }

    private ModuleDefinition linkable(CrmModule module) {
        modules.require(module);
        ModuleDefinition definition = Modules.of(module);
        if (definition.refProjection() == null) {
            throw new IllegalArgumentException("Nothing links to " + module);
        }
        return definition;
    }
}
