package org.enlace.crm.imports.control;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Turns each row into a valid record or a rejection with its reason. */
@Dependent
@Named("importProcessor")
public class ImportProcessor implements ItemProcessor {

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) {
        ImportContext context = (ImportContext) step.getTransientUserData();
        return context.mapper().map((RowMapper.Line) item);
    }
}
