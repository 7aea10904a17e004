package org.enlace.crm.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.settings.boundary.PicklistService;
import org.enlace.crm.settings.entity.PicklistValue;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.security.UserSession;

/**
 * Configuración > Listas desplegables: pick a module's field, then add, rename, reorder (drag or
 * the arrows), restrict to roles and delete its values. Deleting asks for the replacement and
 * shows the records moving.
 */
@Named
@ViewScoped
public class PicklistsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One value as the table edits it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private String labelEs;
        private String labelEn;
        private final String savedEs;
        private final String savedEn;
        private final List<Long> roleIds;
        private final boolean replacing;
        private final String replacedBy;
        private final long done;
        private final long total;

        Row(PicklistValue v) {
            code = v.getCode();
            labelEs = v.getLabelEs();
            labelEn = v.getLabelEn();
            savedEs = labelEs;
            savedEn = labelEn;
            roleIds = new ArrayList<>(v.getRoleIds());
            replacing = v.isReplacing();
            replacedBy = v.getReplacedBy();
            done = v.getReplaceDone();
            total = v.getReplaceTotal();
        }

        boolean relabelled() {
            return !Objects.equals(labelEs, savedEs) || !Objects.equals(labelEn, savedEn);
        }

        public String getCode() {
            return code;
        }

        public String getLabelEs() {
            return labelEs;
        }

        public void setLabelEs(String labelEs) {
            this.labelEs = labelEs;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public List<Long> getRoleIds() {
            return roleIds;
        }

        public boolean isReplacing() {
            return replacing;
        }

        public String getReplacedBy() {
            return replacedBy;
        }

        public long getDone() {
            return done;
        }

        public long getTotal() {
            return total;
        }

        public int getPercent() {
            return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }
    }

    @EJB
    PicklistService service;

    @EJB
    RoleService roleService;

    @Inject
    Messages messages;

    @Inject
    UserSession session;

    private PicklistField field = PicklistField.ACCOUNT_TYPE;
    private List<Row> rows;
    private Map<Long, String> roles;
    private String newEs;
    private String newEn;

    private String editing;
    private List<String> editingRoles = new ArrayList<>();
    private String deleting;
    private long deletingCount;
    private String replacement;

    @PostConstruct
    void init() {
        roles = new LinkedHashMap<>();
        roleService.tree().stream().filter(r -> !r.isRoot()).forEach(r -> roles.put(r.id(), r.name()));
        load();
    }

    public void load() {
        rows = service.values(field).stream().map(Row::new).toList();
        rows = new ArrayList<>(rows);
    }

    public void changeField() {
        newEs = null;
        newEn = null;
        load();
    }

    public void saveLabels() {
        int changed = 0;
        for (Row row : rows) {
            if (!row.isReplacing() && row.relabelled()) {
                service.relabel(field, row.getCode(), row.getLabelEs(), row.getLabelEn());
                changed++;
            }
        }
        messages.info(null, "picklists.saved", changed);
        load();
    }

    public void add() {
        PicklistValue added = service.add(field, newEs, newEn);
        messages.info(null, "picklists.added", added.label(session.getLanguage()));
        newEs = null;
        newEn = null;
        load();
    }

    public void move(String code, int by) {
        List<String> codes = new ArrayList<>(rows.stream().map(Row::getCode).toList());
        int from = codes.indexOf(code);
        int to = from + by;
        if (from < 0 || to < 0 || to >= codes.size()) {
            return;
        }
        codes.add(to, codes.remove(from));
        service.reorder(field, codes);
        load();
    }

    /** After a drag: the table has put the rows in their new order. */
    public void reordered() {
        service.reorder(field, rows.stream().map(Row::getCode).toList());
        messages.info(null, "picklists.reordered");
        load();
    }

    public void editRoles(String code) {
        editing = code;
        editingRoles = rows.stream()
                .filter(r -> r.getCode().equals(code))
                .findFirst()
                .map(r -> r.getRoleIds().stream().map(String::valueOf).toList())
                .map(ArrayList::new)
                .orElseGet(ArrayList::new);
    }

    public void saveRoles() {
        service.restrict(
                field, editing, editingRoles.stream().map(Long::valueOf).toList());
        messages.info(null, "picklists.rolesSaved");
        editing = null;
        load();
    }

    public void askDelete(String code) {
        deleting = code;
        replacement = null;
        deletingCount = service.countHolding(field, code);
    }

    public void delete() {
        long moving =
                service.delete(field, deleting, replacement == null || replacement.isEmpty() ? null : replacement);
        messages.info(null, "picklists.deleted", moving);
        deleting = null;
        load();
    }

    public boolean isAnyReplacing() {
        return rows.stream().anyMatch(Row::isReplacing);
    }

    /** The rows a deleted value may be replaced with. */
    public List<Row> getReplacements() {
        return rows.stream()
                .filter(r -> !r.isReplacing() && !r.getCode().equals(deleting))
                .toList();
    }

    public String label(Row row) {
        return "en".equals(session.getLanguage()) ? row.getLabelEn() : row.getLabelEs();
    }

    public String labelOf(String code) {
        if (code == null || code.isEmpty()) {
            return messages.text("common.none");
        }
        return rows.stream()
                .filter(r -> r.getCode().equals(code))
                .findFirst()
                .map(this::label)
                .orElse(code);
    }

    public String rolesText(Row row) {
        if (row.getRoleIds().isEmpty()) {
            return messages.text("picklists.roles.all");
        }
        return String.join(
                ", ",
                row.getRoleIds().stream().map(id -> roles.getOrDefault(id, "?")).toList());
    }

    public PicklistField[] getFields() {
        return PicklistField.values();
    }

    public Map<Long, String> getRoles() {
        return roles;
    }

    public PicklistField getField() {
        return field;
    }

    public void setField(PicklistField field) {
        this.field = field;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getNewEs() {
        return newEs;
    }

    public void setNewEs(String newEs) {
        this.newEs = newEs;
    }

    public String getNewEn() {
        return newEn;
    }

    public void setNewEn(String newEn) {
        this.newEn = newEn;
    }

    public String getEditing() {
        return editing;
    }

    public List<String> getEditingRoles() {
        return editingRoles;
    }

    public void setEditingRoles(List<String> editingRoles) {
        this.editingRoles = editingRoles;
    }

    public String getDeleting() {
        return deleting;
    }

    public long getDeletingCount() {
        return deletingCount;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
