package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** One row of a profile's matrix: the actions allowed on one module. */
@Embeddable
public class ModulePermissions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "can_view", nullable = false)
    private boolean view;

    @Column(name = "can_create", nullable = false)
    private boolean create;

    @Column(name = "can_edit", nullable = false)
    private boolean edit;

    @Column(name = "can_delete", nullable = false)
    private boolean delete;

    @Column(name = "can_import", nullable = false)
    private boolean importing;

    @Column(name = "can_export", nullable = false)
    private boolean exporting;

    @Column(name = "can_convert", nullable = false)
    private boolean convert;

    @Column(name = "can_merge", nullable = false)
    private boolean merge;

    public ModulePermissions() {}

    public ModulePermissions(Set<Action> allowed) {
        allow(allowed);
    }

    public ModulePermissions copy() {
        return new ModulePermissions(allowed());
    }

    public boolean allows(Action action) {
        return switch (action) {
            case VIEW -> view;
            case CREATE -> view && create;
            case EDIT -> view && edit;
            case DELETE -> view && delete;
            case IMPORT -> view && create && importing;
            case EXPORT -> view && exporting;
            case CONVERT -> view && convert;
            case MERGE -> view && edit && merge;
        };
    }

    public Set<Action> allowed() {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (allows(action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private void allow(Set<Action> allowed) {
        view = allowed.contains(Action.VIEW);
        create = allowed.contains(Action.CREATE);
        edit = allowed.contains(Action.EDIT);
        delete = allowed.contains(Action.DELETE);
        importing = allowed.contains(Action.IMPORT);
        exporting = allowed.contains(Action.EXPORT);
        convert = allowed.contains(Action.CONVERT);
        merge = allowed.contains(Action.MERGE);
    }
}
