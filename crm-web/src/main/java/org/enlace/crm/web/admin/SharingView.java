package org.enlace.crm.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.boundary.GroupService;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.SharingService;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.RuleAccess;
import org.enlace.crm.security.entity.SharingAccess;
import org.enlace.crm.security.entity.SharingRule;
import org.enlace.crm.web.common.Messages;

/**
 * Configuración > Acceso compartido: each module's organisation-wide default, and the custom
 * rules "records owned by X are shared with Y".
 */
@Named
@ViewScoped
public class SharingView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One module's default, as the form edits it. */
    public static final class DefaultRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CrmModule module;
        private final SharingAccess inForce;
        private SharingAccess access;

        DefaultRow(CrmModule module, SharingAccess access, SharingAccess inForce) {
            this.module = module;
            this.access = access;
            this.inForce = inForce;
        }

        public CrmModule getModule() {
            return module;
        }

        public SharingAccess getAccess() {
            return access;
        }

        public void setAccess(SharingAccess access) {
            this.access = access;
        }

        /** The default that applies, when the module carries a more private one (Contacts follow Accounts). */
        public SharingAccess getCarried() {
            return inForce == access ? null : inForce;
        }
    }

    /** A role, role with subordinates or group, as the pickers show it; key is "KIND:id". */
    public record Party(String key, String label) implements Serializable {}

    @EJB
    SharingService sharing;

    @EJB
    RoleService roles;

    @EJB
    GroupService groups;

    @Inject
    Messages messages;

    private List<DefaultRow> defaults;
    private List<SharingRule> rules;
    private List<Party> parties;
    private Map<String, String> labels;

    private CrmModule ruleModule = CrmModule.ACCOUNTS;
    private String source;
    private String target;
    private RuleAccess ruleAccess = RuleAccess.READ;

    @PostConstruct
    void load() {
        Map<CrmModule, SharingAccess> effective = sharing.effectiveDefaults();
        defaults = new ArrayList<>();
        sharing.defaults()
                .forEach((module, access) -> defaults.add(new DefaultRow(module, access, effective.get(module))));
        rules = sharing.rules();
        parties = new ArrayList<>();
        labels = new HashMap<>();
        roles.tree().stream().filter(r -> !r.isRoot()).forEach(r -> {
            party(PartyKind.ROLE, r.id(), r.name());
            party(PartyKind.ROLE_AND_SUBORDINATES, r.id(), r.name());
        });
        groups.findAll().forEach(g -> party(PartyKind.GROUP, g.getId(), g.getName()));
    }

    private void party(PartyKind kind, long id, String name) {
        String key = kind.name() + ":" + id;
        String label = messages.text("groups.kind." + kind.name()) + ": " + name;
        parties.add(new Party(key, label));
        labels.put(key, label);
    }

    public void saveDefaults() {
        defaults.forEach(row -> sharing.setDefault(row.getModule(), row.getAccess()));
        messages.info(null, "sharing.saved");
        load();
    }

    public void addRule() {
        String[] from = source.split(":");
        String[] to = target.split(":");
        sharing.addRule(
                ruleModule,
                PartyKind.valueOf(from[0]),
                Long.parseLong(from[1]),
                PartyKind.valueOf(to[0]),
                Long.parseLong(to[1]),
                ruleAccess);
        messages.info(null, "sharing.rule.added");
        source = null;
        target = null;
        load();
    }

    public void deleteRule(long id) {
        sharing.deleteRule(id);
        messages.info(null, "sharing.rule.deleted");
        load();
    }

    public String label(PartyKind kind, long id) {
        return labels.getOrDefault(kind.name() + ":" + id, "?");
    }

    public CrmModule[] getModules() {
        return CrmModule.values();
    }

    public SharingAccess[] getLevels() {
        return SharingAccess.values();
    }

    public RuleAccess[] getRuleLevels() {
        return RuleAccess.values();
    }

    public List<DefaultRow> getDefaults() {
        return defaults;
    }

    public List<SharingRule> getRules() {
        return rules;
    }

    public List<Party> getParties() {
        return parties;
    }

    public CrmModule getRuleModule() {
        return ruleModule;
    }

    public void setRuleModule(CrmModule ruleModule) {
        this.ruleModule = ruleModule;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public RuleAccess getRuleAccess() {
        return ruleAccess;
    }

    public void setRuleAccess(RuleAccess ruleAccess) {
        this.ruleAccess = ruleAccess;
    }
}
