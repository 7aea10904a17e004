package org.enlace.crm.web.common;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.boundary.Field;
import org.enlace.crm.common.boundary.FormBlock;
import org.enlace.crm.common.boundary.RecordRef;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.record.boundary.RecordLinks;
import org.enlace.crm.record.boundary.RecordService;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
import org.enlace.crm.security.entity.FieldAccess;

/**
 * The add / edit page of any record module (WEB-INF/templates/record-form.xhtml), drawn from the
 * module's definition. A module's view only names its service and its folder.
 */
public abstract class RecordEditView<E extends OwnedEntity> implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OwnerDirectory owners;

    @Inject
    protected Messages messages;

    private Long id;
    private E record;
    private long version;
    private Long ownerId;
    private List<OwnerRef> assignable;
    private List<FormBlock> blocks;
    private FieldView fields;
    private Map<String, RecordRef> links = new HashMap<>();

    @EJB
    RecordLinks linker;

    protected abstract RecordService<E, ?> service();

    /** The module's folder: lead for /lead/edit.xhtml. */
    protected abstract String folder();

    public void load() {
        assignable = owners.assignable();
        if (id == null) {
            record = service().newRecord();
            ownerId = owners.me();
            return;
        }
        record = service().get(Pages.requireId(id));
        links = new HashMap<>(service().links(record.getId()));
        version = record.getVersion();
        ownerId = record.getOwner().getId();
    }

    public String save() {
        Map<String, Long> chosen = new HashMap<>();
        links.forEach((field, ref) -> {
            if (ref != null) {
                chosen.put(field, ref.id());
            }
        });
        E saved = record.isNew()
                ? service().create(record, ownerId, chosen)
                : service().update(record.getId(), version, record, ownerId, chosen);
        messages.info(null, "record.saved", saved.getNumber() + " " + saved.recordName());
        Pages.keepMessages();
        return "/" + folder() + "/view?faces-redirect=true&id=" + saved.getId();
    }

    /** The records the autocomplete of a link field offers (the field names its module in "linkTo"). */
    public List<RecordRef> complete(String text) {
        UIComponent input = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance());
        return linker.suggest(CrmModule.valueOf((String) input.getAttributes().get("linkTo")), text, 15);
    }

    /** The record each link field points to, by field name. */
    public Map<String, RecordRef> getLinks() {
        return links;
    }

    public boolean isNew() {
        return record == null || record.isNew();
    }

    public String getListOutcome() {
        return "/" + folder() + "/list";
    }

    public String getViewOutcome() {
        return "/" + folder() + "/view";
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

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<OwnerRef> getAssignable() {
        return assignable;
    }

    private Boolean inTurns;

    /** Whether a new record can be dealt in turns (its owner "En turnos"). */
    public boolean isInTurns() {
        if (inTurns == null) {
            inTurns = service().dealsInTurns();
        }
        return inTurns && (record == null || record.isNew());
    }

    /** The form's blocks (read when the page is built, before the record is loaded). */
    public List<FormBlock> getBlocks() {
        if (blocks == null) {
            blocks = service().form();
        }
        return blocks;
    }

    /** The fields as the user's profiles let him have them; a new record needs its required ones. */
    public FieldView getFields() {
        if (fields == null) {
            Map<String, FieldAccess> rules = new HashMap<>(service().fieldRules());
            if (isNew()) {
                for (FormBlock block : getBlocks()) {
                    block.fields().stream()
                            .filter(Field::required)
                            .map(Field::name)
                            .forEach(rules::remove);
                }
            }
            fields = new FieldView(rules);
        }
        return fields;
    }
}
