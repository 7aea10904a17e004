package org.enlace.crm.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.boundary.SettingsSnapshot;

/**
 * The top menu, grouped as vtiger's (Inicio, Marketing, Ventas, Soporte, Inventario, Herramientas,
 * Configuración). A group shows only when it has a module the user may open; modules join their
 * group here as they are built.
 */
@Named
@RequestScoped
public class Menu {

    /** A menu entry; {@code module} (if not null) hides it while the module is off. */
    public record Item(String labelKey, String outcome, String icon, String role, CrmModule module) {
        Item(String labelKey, String outcome, String icon, String role) {
            this(labelKey, outcome, icon, role, null);
        }
    }

    public record Group(String labelKey, String icon, List<Item> items) {}

    private static final List<Group> ALL = List.of(
            new Group("menu.marketing", "pi pi-megaphone", List.of()),
            new Group(
                    "menu.sales",
                    "pi pi-briefcase",
                    List.of(
                            new Item(
                                    "menu.accounts",
                                    "/account/list",
                                    "pi pi-building",
                                    CrmRole.Names.USER,
                                    CrmModule.ACCOUNTS),
                            new Item(
                                    "menu.contacts",
                                    "/contact/list",
                                    "pi pi-id-card",
                                    CrmRole.Names.USER,
                                    CrmModule.CONTACTS),
                            new Item(
                                    "menu.leads", "/lead/list", "pi pi-user-plus", CrmRole.Names.USER, CrmModule.LEADS),
                            new Item(
                                    "menu.opportunities",
                                    "/opportunity/list",
                                    "pi pi-chart-line",
                                    CrmRole.Names.USER,
                                    CrmModule.OPPORTUNITIES),
                            new Item(
                                    "menu.pipeline",
                                    "/opportunity/pipeline",
                                    "pi pi-filter",
                                    CrmRole.Names.USER,
                                    CrmModule.OPPORTUNITIES))),
            new Group("menu.support", "pi pi-question-circle", List.of()),
            new Group(
                    "menu.inventory",
                    "pi pi-box",
                    List.of(
                            new Item(
                                    "menu.products",
                                    "/product/list",
                                    "pi pi-box",
                                    CrmRole.Names.USER,
                                    CrmModule.PRODUCTS),
                            new Item(
                                    "menu.services",
                                    "/service/list",
                                    "pi pi-wrench",
                                    CrmRole.Names.USER,
                                    CrmModule.SERVICES))),
            new Group(
                    "menu.tools",
                    "pi pi-wrench",
                    List.of(new Item("menu.import", "/import/import", "pi pi-upload", CrmRole.Names.USER))),
            new Group(
                    "menu.settings",
                    "pi pi-cog",
                    List.of(
                            new Item("menu.company", "/admin/company", "pi pi-building", CrmRole.Names.ADMIN),
                            new Item("menu.picklists", "/admin/picklists", "pi pi-list", CrmRole.Names.ADMIN),
                            new Item("menu.modules", "/admin/modules", "pi pi-th-large", CrmRole.Names.ADMIN),
                            new Item("menu.numbering", "/admin/numbering", "pi pi-hashtag", CrmRole.Names.ADMIN),
                            new Item("menu.taxes", "/admin/taxes", "pi pi-percentage", CrmRole.Names.ADMIN),
                            new Item("menu.outbox", "/admin/outbox", "pi pi-send", CrmRole.Names.ADMIN),
                            new Item(
                                    "menu.mailTemplates",
                                    "/admin/mail-templates",
                                    "pi pi-envelope",
                                    CrmRole.Names.ADMIN),
                            new Item("menu.users", "/admin/users", "pi pi-users", CrmRole.Names.ADMIN),
                            new Item("menu.roles", "/admin/roles", "pi pi-sitemap", CrmRole.Names.ADMIN),
                            new Item("menu.profiles", "/admin/profiles", "pi pi-id-card", CrmRole.Names.ADMIN),
                            new Item("menu.groups", "/admin/groups", "pi pi-users", CrmRole.Names.ADMIN),
                            new Item("menu.sharing", "/admin/sharing", "pi pi-share-alt", CrmRole.Names.ADMIN),
                            new Item("menu.explain", "/admin/explain", "pi pi-question", CrmRole.Names.ADMIN),
                            new Item("menu.logins", "/admin/logins", "pi pi-sign-in", CrmRole.Names.ADMIN),
                            new Item("menu.audit", "/admin/audit", "pi pi-history", CrmRole.Names.ADMIN))));

    @Inject
    SecurityContext security;

    @Inject
    CurrentSettings settings;

    private List<Group> visible;

    public List<Group> getGroups() {
        if (visible == null) {
            SettingsSnapshot now = settings.get();
            // two container roles: ask the container once for each, not once per item
            java.util.Map<String, Boolean> inRole = new java.util.HashMap<>();
            visible = ALL.stream()
                    .map(g -> new Group(
                            g.labelKey(),
                            g.icon(),
                            g.items().stream()
                                    .filter(i -> inRole.computeIfAbsent(i.role(), security::isCallerInRole))
                                    .filter(i -> i.module() == null || now.enabled(i.module()))
                                    .toList()))
                    .filter(g -> !g.items().isEmpty())
                    .toList();
        }
        return visible;
    }
}
