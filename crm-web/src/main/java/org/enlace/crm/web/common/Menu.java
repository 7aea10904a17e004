package org.enlace.crm.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.enlace.crm.security.entity.CrmRole;

/**
 * The top menu, grouped as vtiger's (Inicio, Marketing, Ventas, Soporte, Inventario, Herramientas,
 * Configuración). A group shows only when it has a module the user may open; modules join their
 * group here as they are built.
 */
@Named
@RequestScoped
public class Menu {

    public record Item(String labelKey, String outcome, String icon, String role) {}

    public record Group(String labelKey, String icon, List<Item> items) {}

    private static final List<Group> ALL = List.of(
            new Group("menu.marketing", "pi pi-megaphone", List.of()),
            new Group(
                    "menu.sales",
                    "pi pi-briefcase",
                    List.of(
                            new Item("menu.accounts", "/account/list", "pi pi-building", CrmRole.Names.USER),
                            new Item("menu.contacts", "/contact/list", "pi pi-id-card", CrmRole.Names.USER))),
            new Group("menu.support", "pi pi-question-circle", List.of()),
            new Group("menu.inventory", "pi pi-box", List.of()),
            new Group("menu.tools", "pi pi-wrench", List.of()),
            new Group(
                    "menu.settings",
                    "pi pi-cog",
                    List.of(
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

    private List<Group> visible;

    public List<Group> getGroups() {
        if (visible == null) {
            visible = ALL.stream()
                    .map(g -> new Group(
                            g.labelKey(),
                            g.icon(),
                            g.items().stream()
                                    .filter(i -> security.isCallerInRole(i.role()))
                                    .toList()))
                    .filter(g -> !g.items().isEmpty())
                    .toList();
        }
        return visible;
    }
}
