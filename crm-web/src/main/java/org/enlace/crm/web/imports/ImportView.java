package org.enlace.crm.web.imports;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.boundary.ImportField;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.imports.boundary.ImportService;
import org.enlace.crm.imports.boundary.ImportSettings;
import org.enlace.crm.imports.entity.ImportRun;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
import org.enlace.crm.web.common.Messages;

/**
 * Herramientas > Importar: choose the module and upload a CSV; confirm how it is read (with a
 * preview of its first rows); map its columns to fields (suggested from the headers, in Spanish or
 * English), defaults, owners, accounts, duplicates; start; then follow the import live (the page
 * polls its counts; the user may leave and come back through the list of his imports), download
 * the rejected rows, stop, resume or undo it.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ImportService imports;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private CrmModule module = CrmModule.CONTACTS;
    private Long runId;
    private transient Part file;
    private ImportService.Upload upload;
    private ImportSettings settings;
    private ImportService.Preview preview;
    private List<ImportField> fields;
    private final List<String> mapping = new ArrayList<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private List<OwnerRef> assignable;
    private List<OwnerRef> groups;
    private List<String> savedMappings;
    private String mappingName;
    private ImportRun run;
    private List<ImportRun> recent;
    private List<CrmModule> modules;

    /** Runs after the view parameters: shows an import, or starts a new one for the module. */
    public void open() {
        if (runId != null) {
            run = imports.run(runId);
            module = run.getModule();
        }
        if (!imports.mayImport(module)) {
            messages.error(null, "import.notAllowed");
        }
    }

    public List<CrmModule> getModules() {
        if (modules == null) {
            modules = imports.modules();
        }
        return modules;
    }

    public void moduleChanged() {
        upload = null;
        preview = null;
        recent = null;
        savedMappings = null;
    }

    /** Stores the file and reads it with the guesses. */
    public void uploadFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error("upload:file", "crm.import.empty");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            upload = imports.upload(module, fileName(file), in);
        }
        settings = new ImportSettings();
        settings.encoding = upload.guess().encoding();
        settings.delimiter = String.valueOf(upload.guess().delimiter());
        settings.header = upload.guess().header();
        settings.dateFormat = upload.guess().dateFormat();
        settings.decimal = String.valueOf(upload.guess().decimal());
        settings.ownerId = owners.me();
        settings.duplicateKeys = new ArrayList<>(getDuplicateKeys().subList(0, 1));
        fields = imports.fields(module);
        defaults.clear();
        fields.forEach(f -> defaults.put(f.key(), ""));
        reread(true);
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        if (name == null || name.isBlank()) {
            return "import.csv";
        }
        // some browsers send the whole path
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** Reads the preview again after a change of encoding, delimiter or header. */
    public void reread() {
        reread(true);
    }

    private void reread(boolean suggest) {
        preview = imports.preview(module, upload.token(), settings, names());
        mapping.clear();
        for (int i = 0; i < preview.headers().size(); i++) {
            String suggested = suggest && i < preview.suggested().size()
                    ? preview.suggested().get(i)
                    : null;
            mapping.add(suggested);
        }
    }

    /** Other names spreadsheets give common fields, in Spanish and English. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("email", List.of("Correo electrónico", "E-mail", "Mail", "Email address")),
            Map.entry("firstName", List.of("Nombres", "Primer nombre", "Given name")),
            Map.entry("lastName", List.of("Apellido", "Surname", "Family name")),
            Map.entry("officePhone", List.of("Teléfono", "Tel", "Phone", "Work phone")),
            Map.entry("mobilePhone", List.of("Celular", "Móvil", "Mobile", "Cell phone")),
            Map.entry("account.name", List.of("Empresa", "Compañía", "Company", "Organization")),
            Map.entry("account.number", List.of("Número de cuenta", "Account number")),
            Map.entry("owner.displayName", List.of("Asignado a", "Propietario", "Ejecutivo", "Owner", "Assigned to")),
            Map.entry("taxId", List.of("NIT", "RUT", "RUC", "Tax ID", "VAT")),
            Map.entry("title", List.of("Título", "Job title", "Position")),
            Map.entry("name", List.of("Nombre", "Producto", "Servicio", "Product", "Service", "Product name")),
            Map.entry("partNumber", List.of("Código", "Referencia", "SKU", "Part number", "Product code")),
            Map.entry("unitPrice", List.of("Precio", "Valor unitario", "Price")),
            Map.entry("quantityInStock", List.of("Existencias", "Stock", "Cantidad", "Quantity")));

    /** Each field's names in both languages (and common other names), for the suggestions. */
    private Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        ResourceBundle es = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("es"));
        ResourceBundle en = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
        for (ImportField field : imports.fields(module)) {
            List<String> both = new ArrayList<>();
            for (ResourceBundle bundle : List.of(es, en)) {
                List<String> parts = field.column().labelKeys().stream()
                        .map(k -> bundle.containsKey(k) ? bundle.getString(k) : k)
                        .toList();
                both.add(String.join(" - ", parts));
                both.add(parts.get(parts.size() - 1));
            }
            both.addAll(SYNONYMS.getOrDefault(field.key(), List.of()));
            names.put(field.key(), both);
        }
        return names;
    }

    public String label(ImportField field) {
        return field.column().labelKeys().stream().map(messages::text).collect(Collectors.joining(" - "));
    }

    public String labelOf(String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .map(this::label)
                .orElse(key);
    }

    public String sample(int column) {
        if (preview == null || preview.rows().isEmpty()) {
            return "";
        }
        List<String> first = preview.rows().get(0);
        return column < first.size() ? first.get(column) : "";
    }

    /** Starts the import and shows its progress. */
    public void start() throws IOException {
        settings.mapping = new ArrayList<>(mapping);
        settings.defaults = new LinkedHashMap<>();
        defaults.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                settings.defaults.put(k, v.strip());
            }
        });
        List<DuplicateKey> unmapped = imports.unmappedKeys(module, settings);
        if (!unmapped.isEmpty()) {
            // duplicates would be looked for by a field no column fills: say so, propose one that is
            String missing =
                    messages.text("import.duplicateKey." + unmapped.get(0).name());
            java.util.Optional<DuplicateKey> mapped = imports.mappedKey(module, settings);
            if (mapped.isPresent()) {
                settings.duplicateKeys = new ArrayList<>(List.of(mapped.get()));
                messages.error(
                        "setup:duplicateKeys",
                        "import.duplicates.unmapped.other",
                        missing,
                        messages.text("import.duplicateKey." + mapped.get().name()));
            } else {
                messages.error("setup:duplicateKeys", "import.duplicates.unmapped.none", missing);
            }
            return;
        }
        long id = imports.start(module, upload.token(), upload.fileName(), settings);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        messages.info(null, "import.started", upload.fileName());
        external.redirect(external.getRequestContextPath() + "/import/import.xhtml?run=" + id);
    }

    public void saveMapping() {
        settings.mapping = new ArrayList<>(mapping);
        settings.defaults = new LinkedHashMap<>();
        defaults.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                settings.defaults.put(k, v.strip());
            }
        });
        imports.saveMapping(module, mappingName, settings);
        savedMappings = null;
        messages.info(null, "import.mapping.saved", mappingName);
    }

    /** Applies a saved mapping: its reading settings and choices, its columns as far as the file has them. */
    public void loadMapping() {
        ImportSettings saved = imports.mapping(module, mappingName);
        String token = upload.token();
        settings = saved;
        preview = imports.preview(module, token, settings, names());
        mapping.clear();
        for (int i = 0; i < preview.headers().size(); i++) {
            mapping.add(i < saved.mapping.size() ? saved.mapping.get(i) : null);
        }
        defaults.replaceAll((k, v) -> saved.defaults.getOrDefault(k, ""));
        messages.info(null, "import.mapping.loaded", mappingName);
    }

    public void refresh() {
        if (runId != null) {
            run = imports.run(runId);
        }
    }

    public void stop() {
        imports.stop(runId);
        refresh();
    }

    public void resume() {
        imports.resume(runId);
        refresh();
    }

    public void undo() {
        ImportService.Undone undone = imports.undo(runId);
        refresh();
        messages.info(null, "import.undone", undone.removed(), undone.restored(), undone.kept());
        if (undone.changedSince() > 0) {
            messages.info(null, "import.undone.changedSince", undone.changedSince());
        }
    }

    public void downloadRejected() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String name = messages.text("import.rejected.file") + "-" + runId + ".csv";
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        imports.rejected(runId, external.getResponseOutputStream());
        faces.responseComplete();
    }

    public boolean isRunning() {
        return run != null && run.getStatus().isActive();
    }

    public long getRowsPerSecond() {
        return run == null ? 0 : run.rowsPerSecond(Instant.now());
    }

    public List<ImportRun> getRecent() {
        if (recent == null) {
            recent = imports.mayImport(module) ? imports.recent(module, 10) : List.of();
        }
        return recent;
    }

    public List<String> getSavedMappings() {
        if (savedMappings == null) {
            savedMappings = upload == null ? List.of() : imports.mappings(module);
        }
        return savedMappings;
    }

    public List<String> savedMappingsFor(String text) {
        String start = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return getSavedMappings().stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(start))
                .toList();
    }

    public List<OwnerRef> getAssignable() {
        if (assignable == null) {
            assignable = owners.assignable();
        }
        return assignable;
    }

    public List<OwnerRef> getGroups() {
        if (groups == null) {
            groups = imports.groups();
        }
        return groups;
    }

    public List<String> getDateFormats() {
        return ImportService.DATE_FORMATS;
    }

    public ImportSettings.OwnerMode[] getOwnerModes() {
        return ImportSettings.OwnerMode.values();
    }

    public ImportSettings.DuplicateMode[] getDuplicateModes() {
        return ImportSettings.DuplicateMode.values();
    }

    public List<DuplicateKey> getDuplicateKeys() {
        return imports.duplicateKeys(module);
    }

    public ImportSettings.UnknownValue[] getUnknownValues() {
        return ImportSettings.UnknownValue.values();
    }

    /** Whether the module's rows name an account (contacts, opportunities): its options show. */
    public boolean isContacts() {
        return imports.linksAccounts(module);
    }

    public List<Integer> getColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; preview != null && i < preview.headers().size(); i++) {
            columns.add(i);
        }
        return columns;
    }

    public CrmModule getModule() {
        return module;
    }

    public void setModule(CrmModule module) {
        this.module = module == null ? CrmModule.CONTACTS : module;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportService.Upload getUpload() {
        return upload;
    }

    public ImportSettings getSettings() {
        return settings;
    }

    public String getFileName() {
        return upload == null ? null : upload.fileName();
    }

    public long getFileSize() {
        return upload == null ? 0 : upload.size();
    }

    public List<String> getHeaders() {
        return preview == null ? List.of() : preview.headers();
    }

    public List<List<String>> getRows() {
        return preview == null ? List.of() : preview.rows();
    }

    public ImportService.Preview getPreview() {
        return preview;
    }

    public List<ImportField> getFields() {
        return fields;
    }

    public List<String> getMapping() {
        return mapping;
    }

    public Map<String, String> getDefaults() {
        return defaults;
    }

    public String getMappingName() {
        return mappingName;
    }

    public void setMappingName(String mappingName) {
        this.mappingName = mappingName;
    }

    public ImportRun getRun() {
        return run;
    }
}
