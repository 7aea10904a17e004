package org.enlace.crm.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.settings.boundary.ModuleService;
import org.enlace.crm.web.common.Messages;

/** Configuración > Módulos: which modules are on. */
@Named
@ViewScoped
public class ModulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One module's switch, as the form edits it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CrmModule module;
        private boolean enabled;

        Row(CrmModule module, boolean enabled) {
            this.module = module;
            this.enabled = enabled;
        }

        public CrmModule getModule() {
            return module;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    @EJB
    ModuleService service;

    @Inject
    Messages messages;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        service.states().forEach((module, on) -> rows.add(new Row(module, on)));
    }

    public String save() {
        rows.stream().filter(r -> r.getModule().canTurnOff()).forEach(r -> service.set(r.getModule(), r.isEnabled()));
        messages.info(null, "modules.saved");
        org.enlace.crm.web.common.Pages.keepMessages();
        // a full reload, so the menu shows the change
        return "/admin/modules?faces-redirect=true";
    }

    public List<Row> getRows() {
        return rows;
    }
}
