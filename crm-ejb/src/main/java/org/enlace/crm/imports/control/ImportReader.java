package org.enlace.crm.imports.control;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.lang.annotation.ElementType;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enlace.crm.common.control.Modules;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.imports.boundary.ImportSettings;
import org.enlace.crm.imports.entity.ImportRun;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.settings.control.Picklists;
import org.enlace.crm.settings.entity.PicklistValue;

/**
 * Reads the import's file row by row (never whole), as the user confirmed it: encoding,
 * delimiter, header. It starts after the rows the import has already consumed, as recorded with
 * the last chunk written, so a resumed import goes on exactly where it stopped.
 */
@Dependent
@Named("importReader")
public class ImportReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @PersistenceContext
    EntityManager em;

    @Inject
    ValidatorFactory validation;

    @Inject
    Picklists picklists;

    private CsvReader<CsvRecord> csv;
    private Iterator<CsvRecord> records;
    private long consumed;

    public static long importIdOf(JobContext job) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return Long.parseLong(operator.getParameters(job.getExecutionId()).getProperty("importId"));
    }

    @Override
    public void open(Serializable checkpoint) throws Exception {
        long importId = importIdOf(job);
        ImportRun run = em.find(ImportRun.class, importId);
        ImportSettings settings = ImportSettings.fromJson(run.getSettings());
        csv = CsvSniffer.builder(settings.delimiterChar())
                .ofCsvRecord(ImportFiles.of(run.getStoredName()), Charset.forName(settings.encoding));
        records = csv.iterator();
        List<String> headers = List.of();
        if (settings.header && records.hasNext()) {
            headers = records.next().getFields();
        }
        consumed = run.getRead();
        for (long i = 0; i < consumed && records.hasNext(); i++) {
            records.next();
        }
        Locale locale = Locale.forLanguageTag(run.getLanguage());
        MessageInterpolator base = validation.getMessageInterpolator();
        Validator validator = validation
                .usingContext()
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return base.interpolate(template, context, locale);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale other) {
                        return base.interpolate(template, context, other);
                    }
                })
                // the records are new, detached objects: every property may be read (the default
                // resolver asks the persistence provider about each one, for every row)
                .traversableResolver(new TraversableResolver() {
                    @Override
                    public boolean isReachable(
                            Object bean, Path.Node node, Class<?> rootBean, Path path, ElementType type) {
                        return true;
                    }

                    @Override
                    public boolean isCascadable(
                            Object bean, Path.Node node, Class<?> rootBean, Path path, ElementType type) {
                        return true;
                    }
                })
                .getValidator();
        List<String> header = headers;
        RowMapper mapper = Caller.actingAs(run.getUsername(), () -> {
            Map<PicklistField, List<PicklistValue>> values = new EnumMap<>(PicklistField.class);
            for (PicklistField field : PicklistField.values()) {
                values.put(field, picklists.assignable(field));
            }
            return new RowMapper(Modules.of(run.getModule()), settings, header, values, validator, locale);
        });
        step.setTransientUserData(new ImportContext(importId, run.getUsername(), settings, mapper));
    }

    @Override
    public Object readItem() {
        if (!records.hasNext()) {
            return null;
        }
        CsvRecord record = records.next();
        consumed++;
        return new RowMapper.Line(record.getStartingLineNumber(), record.getFields());
    }

    @Override
    public Serializable checkpointInfo() {
        return consumed;
    }

    @Override
    public void close() throws Exception {
        if (csv != null) {
            csv.close();
        }
    }
}
