package org.enlace.crm.web.common;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.enlace.crm.common.boundary.FormBlock;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.entity.Action;

/**
 * The detail page of any record module (WEB-INF/templates/record-show.xhtml), drawn from the
 * module's definition. A module's view only names its service and its folder.
 */
public abstract class RecordView<E extends OwnedEntity> implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OwnerDirectory owners;

    @Inject
    protected Messages messages;

    private Long id;
    private E record;
    private boolean mayEdit;
    private boolean mayDelete;
    private AuditNames audit;
    private List<FormBlock> blocks;
    private FieldView fields;

    protected abstract RecordService<E, ?> service();

    /** The module's folder: lead for /lead/view.xhtml. */
    protected abstract String folder();

    public void load() {
        record = service().get(Pages.requireId(id));
        audit = AuditNames.of(record, owners);
        Set<Action> allowed = service().allowedOn(record.getId());
        mayEdit = allowed.contains(Action.EDIT);
        mayDelete = allowed.contains(Action.DELETE);
    }

    public String delete() {
        service().delete(record.getId());
        messages.info(null, "record.deleted", title());
        Pages.keepMessages();
        return "/" + folder() + "/list?faces-redirect=true";
    }

    private String title() {
        return record.getNumber() + " " + record.recordName();
    }

    public String getDeleteQuestion() {
        return messages.text("record.delete.confirm", title());
    }

    public String getEditOutcome() {
        return "/" + folder() + "/edit";
    }

    public AuditNames getAudit() {
        return audit;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isMayDelete() {
        return mayDelete;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public E getRecord() {
        return record;
    }

    public List<FormBlock> getBlocks() {
        if (blocks == null) {
            blocks = service().form();
        }
        return blocks;
    }

    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(service().fieldRules());
        }
        return fields;
    }
}
