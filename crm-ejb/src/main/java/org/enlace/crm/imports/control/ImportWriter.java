package org.enlace.crm.imports.control;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.enlace.crm.security.control.Caller;

/** Writes each chunk through the engine, as the user who started the import. */
@Dependent
@Named("importWriter")
public class ImportWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Inject
    ImportEngine engine;

    @Override
    public void writeItems(List<Object> items) {
        ImportContext context = (ImportContext) step.getTransientUserData();
        List<RowMapper.Row> rows = new ArrayList<>(items.size());
        items.forEach(item -> rows.add((RowMapper.Row) item));
        Caller.actingAs(
                context.username(), () -> engine.write(context.importId(), context.settings(), context.mapper(), rows));
    }
}
