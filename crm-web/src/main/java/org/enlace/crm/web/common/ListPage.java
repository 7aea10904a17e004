package org.enlace.crm.web.common;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.enlace.crm.common.boundary.ListRow;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.boundary.Transfer;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.imports.boundary.ExportService;
import org.enlace.crm.imports.boundary.ImportService;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;

/**
 * A list page's view: its lazy table, and the page and quick search it opens with from the
 * address (?page=40&amp;q=Ospina), so that a list page can be bookmarked, shared and measured.
 */
public abstract class ListPage<T extends ListRow> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page, as the tables show them. */
    public static final int ROWS = 25;

    private LazyList<T> model;
    private String page;
    private String search;

    protected abstract LazyList<T> createModel();

    @EJB
    ExportService exporter;

    @EJB
    ImportService importer;

    private Boolean importAllowed;

    private List<T> selected = new ArrayList<>();

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    /** The module a list exports to CSV; null for a list without export. */
    protected CrmModule exportModule() {
        return null;
    }

    /**
     * Sends the list as CSV: scope "all" for every record matching the current filters and search,
     * "page" for the rows shown, "selected" for the rows checked (on any page). Semicolon-separated for a user who writes decimals with a comma
     * (as Excel in Spanish expects), else comma-separated.
     */
    public void export(String scope) throws IOException {
        CrmModule module = exportModule();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        List<String> headers = exporter.columns(module).stream()
                .map(c -> c.labelKeys().stream().map(messages::text).collect(Collectors.joining(" - ")))
                .toList();
        List<Long> ids = switch (scope) {
            case "page" -> getModel().getPageIds();
            case "selected" -> selected.stream().map(ListRow::getId).toList();
            default -> null;
        };
        if ("selected".equals(scope) && ids.isEmpty()) {
            messages.error(null, "export.selected.none");
            return;
        }
        if (ids != null && ids.size() > ExportService.MAX_IDS) {
            messages.error(null, "export.selected.tooMany", ExportService.MAX_IDS);
            return;
        }
        char delimiter = ",".equals(formats.getDecimalSeparator()) ? ';' : ',';
        String name = messages.text("export.file." + module.name()) + "-" + LocalDate.now() + ".csv";
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        // checked rows are exported even when the search changed since they were checked
        PageRequest request = "selected".equals(scope)
                ? getModel().getUnfilteredRequest()
                : getModel().getLastRequest();
        exporter.export(module, request, ids, delimiter, headers, external.getResponseOutputStream());
        faces.responseComplete();
    }

    /** The shared boundary of a record module's list, for its mass actions; null for a list without them. */
    protected RecordService<?, ?> records() {
        return null;
    }

    @EJB
    OwnerDirectory owners;

    private Long transferTo;
    private List<OwnerRef> assignable;

    /** Asignar a: the checked rows go to the chosen owner; the ones the user may not change are named. */
    public void transfer() {
        if (selected.isEmpty()) {
            messages.error(null, "list.transfer.none");
            return;
        }
        if (transferTo == null) {
            messages.error(null, "crm.owner.required");
            return;
        }
        Transfer done = records().transfer(selected.stream().map(ListRow::getId).toList(), transferTo);
        String owner = getAssignable().stream()
                .filter(o -> o.id() == transferTo)
                .map(OwnerRef::name)
                .findFirst()
                .orElse("");
        messages.info(null, "list.transfer.done", done.moved(), owner);
        if (!done.refused().isEmpty()) {
            messages.error(null, "list.transfer.refused", done.refused().size(), String.join(", ", done.refused()));
        }
        selected = new ArrayList<>();
    }

    /** Whether the list offers Asignar a. */
    public boolean isTransferable() {
        return records() != null;
    }

    public List<OwnerRef> getAssignable() {
        if (assignable == null) {
            assignable = owners.assignable();
        }
        return assignable;
    }

    public Long getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(Long transferTo) {
        this.transferTo = transferTo;
    }

    /** Whether the list shows its Importar button. */
    public boolean isImportAllowed() {
        if (importAllowed == null) {
            importAllowed = importer.mayImport(exportModule());
        }
        return importAllowed;
    }

    /** The rows checked in the list's first column. */
    public List<T> getSelected() {
        return selected;
    }

    public void setSelected(List<T> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public LazyList<T> getModel() {
        if (model == null) {
            model = createModel();
        }
        return model;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? null : search.strip();
    }

    /** The table's first row: that of the page in the address. */
    public int getFirst() {
        return getModel().openAt(page, ROWS);
    }
}
