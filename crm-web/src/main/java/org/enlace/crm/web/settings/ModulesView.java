package org.enlace.crm.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.record.boundary.TurnsService;
import org.enlace.crm.security.boundary.GroupService;
import org.enlace.crm.security.boundary.OwnerRef;
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
        private Long turnsGroup;

        Row(CrmModule module, boolean enabled, Long turnsGroup) {
            this.module = module;
            this.enabled = enabled;
            this.turnsGroup = turnsGroup;
        }

        /** The group the module's new records are dealt among in turns, or null. */
        public Long getTurnsGroup() {
            return turnsGroup;
        }

        public void setTurnsGroup(Long turnsGroup) {
            this.turnsGroup = turnsGroup;
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

    @EJB
    TurnsService turns;

    @EJB
    GroupService groupService;

    private List<Row> rows;
    private List<OwnerRef> groups;

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        Map<CrmModule, Long> dealt = turns.turns();
        service.states().forEach((module, on) -> rows.add(new Row(module, on, dealt.get(module))));
        groups = groupService.findAll().stream()
                .map(g -> new OwnerRef(g.getId(), g.getDisplayName()))
                .toList();
    }

    public String save() {
        rows.stream().filter(r -> r.getModule().canTurnOff()).forEach(r -> service.set(r.getModule(), r.isEnabled()));
        rows.forEach(r -> turns.dealInTurns(r.getModule(), r.getTurnsGroup()));
        messages.info(null, "modules.saved");
        org.enlace.crm.web.common.Pages.keepMessages();
        // a full reload, so the menu shows the change
        return "/admin/modules?faces-redirect=true";
    }

    /** The groups records can be dealt among. */
    public List<OwnerRef> getGroups() {
        return groups;
    }

    public List<Row> getRows() {
        return rows;
    }
}
