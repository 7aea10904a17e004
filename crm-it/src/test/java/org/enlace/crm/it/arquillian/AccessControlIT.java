package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enlace.crm.account.boundary.AccountRow;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotAllowedException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.boundary.ContactRow;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.security.boundary.GroupService;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
import org.enlace.crm.security.boundary.ProfileService;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.SharingService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.control.SecurityDefaults;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.AssignScope;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.security.entity.Member;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.Profile;
import org.enlace.crm.security.entity.RuleAccess;
import org.enlace.crm.security.entity.SharingAccess;
import org.enlace.crm.security.entity.SharingRule;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix inside a real WildFly: each test builds its own little organisation (a
 * manager's role with a sales rep's role below it, and an outsider's role beside them), makes
 * records owned by each, and checks what each of them sees and may change. Refused writes leave
 * the database as it was.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(AccessControlIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    ContactService contacts;

    @Inject
    UserService users;

    @Inject
    RoleService roles;

    @Inject
    ProfileService profiles;

    @Inject
    GroupService groups;

    @Inject
    SharingService sharing;

    @Inject
    OwnerDirectory owners;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsUser asUser;

    private String run;
    private long salesProfile;
    private long managerRole;
    private long repRole;
    private long outsiderRole;
    private long manager;
    private long rep;
    private long outsider;
    private Account ofManager;
    private Account ofRep;
    private Account ofOutsider;

    @BeforeEach
    void organisation() throws Exception {
        run = "zz" + UUID.randomUUID().toString().substring(0, 8);
        long top = Fixtures.roleId(asAdmin, roles, SecurityDefaults.TOP);
        salesProfile = asAdmin.call(profiles::findAll).stream()
                .filter(p -> p.getName().equals("Ventas"))
                .findFirst()
                .orElseThrow()
                .getId();
        managerRole = asAdmin.call(
                        () -> roles.create("Gerente " + run, top, AssignScope.ALL_USERS, Set.of(salesProfile)))
                .getId();
        repRole = asAdmin.call(
                        () -> roles.create("Vendedor " + run, managerRole, AssignScope.ALL_USERS, Set.of(salesProfile)))
                .getId();
        outsiderRole = asAdmin.call(
                        () -> roles.create("Soporte " + run, top, AssignScope.ALL_USERS, Set.of(salesProfile)))
                .getId();
        manager = user("gerente", managerRole);
        rep = user("vendedor", repRole);
        outsider = user("soporte", outsiderRole);
        ofManager = account("Gerente", manager);
        ofRep = account("Vendedor", rep);
        ofOutsider = account("Soporte", outsider);
        setDefault(CrmModule.ACCOUNTS, SharingAccess.PRIVATE);
    }

    @AfterEach
    void everythingPublicAgain() throws Exception {
        setDefault(CrmModule.ACCOUNTS, SharingAccess.PUBLIC_READ_WRITE_DELETE);
        setDefault(CrmModule.CONTACTS, SharingAccess.PUBLIC_READ_WRITE_DELETE);
    }

    /** The administrator using the staff services (records), as he does from the pages. */
    private <T> T asStaffAdmin(Task<T> task) throws Exception {
        return asAdmin.call(task);
    }

    private void setDefault(CrmModule module, SharingAccess access) throws Exception {
        asAdmin.call(() -> {
            sharing.setDefault(module, access);
            return null;
        });
    }

    private long user(String name, long role) throws Exception {
        NewUser form = new NewUser();
        form.setUsername(name + "." + run);
        form.setLastName(name);
        form.setEmail(name + "." + run + "@example.com");
        form.setPassword("una clave larga de pruebas");
        form.setRoleId(role);
        return asAdmin.call(() -> users.create(form)).getId();
    }

    private String username(long id) throws Exception {
        return asAdmin.call(() -> users.get(id)).getUsername();
    }

    private Account account(String name, long owner) throws Exception {
        return asStaffAdmin(() -> accounts.create(new Account(run + " " + name), owner, null));
    }

    /** The names of this test's accounts the user finds in the list (and the list's count agrees). */
    private List<String> accountsSeenBy(long user) throws Exception {
        PageRequest search = new PageRequest(0, 50, null, true, Map.of(), run);
        List<AccountRow> rows = asUser.named(username(user), () -> accounts.rows(search));
        long count = asUser.named(username(user), () -> accounts.count(search, 100));
        assertEquals(rows.size(), count, "the count agrees with the rows");
        long suggested =
                asUser.named(username(user), () -> accounts.suggest(run, 50)).size();
        assertEquals(rows.size(), suggested, "the autocomplete finds the same records");
        return rows.stream()
                .map(r -> r.getName().substring(run.length() + 1))
                .sorted()
                .toList();
    }

    @Test
    void aManagerSeesHisTeamsRecordsAndASalesmanNotHisManagers() throws Exception {
        assertEquals(List.of("Gerente", "Vendedor"), accountsSeenBy(manager));
        assertEquals(List.of("Vendedor"), accountsSeenBy(rep));
        assertEquals(List.of("Soporte"), accountsSeenBy(outsider));

        String repName = username(rep);
        assertThrows(NotFoundException.class, () -> asUser.named(repName, () -> accounts.get(ofManager.getId())));
        assertEquals(
                ofRep.getId(),
                asUser.named(username(manager), () -> accounts.get(ofRep.getId()))
                        .getId());
    }

    @Test
    void eachOrganisationWideDefault() throws Exception {
        String repName = username(rep);
        setDefault(CrmModule.ACCOUNTS, SharingAccess.PUBLIC_READ);
        assertEquals(List.of("Gerente", "Soporte", "Vendedor"), accountsSeenBy(rep));
        assertRefusedAndUnchanged(repName, ofOutsider, NotAllowedException.class);

        setDefault(CrmModule.ACCOUNTS, SharingAccess.PUBLIC_READ_WRITE);
        rename(repName, ofOutsider, "Soporte editado");
        Account edited = asStaffAdmin(() -> accounts.get(ofOutsider.getId()));
        assertEquals(run + " Soporte editado", edited.getName());
        assertThrows(
                NotAllowedException.class,
                () -> asUser.named(repName, () -> {
                    accounts.delete(ofOutsider.getId(), false);
                    return null;
                }));
        assertEquals(
                ofOutsider.getId(),
                asStaffAdmin(() -> accounts.get(ofOutsider.getId())).getId());

        setDefault(CrmModule.ACCOUNTS, SharingAccess.PUBLIC_READ_WRITE_DELETE);
        asUser.named(repName, () -> {
            accounts.delete(ofOutsider.getId(), false);
            return null;
        });
        assertThrows(NotFoundException.class, () -> asStaffAdmin(() -> accounts.get(ofOutsider.getId())));
    }

    @Test
    void aPrivateRecordIsNotFoundAndAWriteToItChangesNothing() throws Exception {
        assertRefusedAndUnchanged(username(rep), ofOutsider, NotFoundException.class);
        String repName = username(rep);
        assertThrows(
                NotFoundException.class,
                () -> asUser.named(repName, () -> {
                    accounts.delete(ofOutsider.getId(), true);
                    return null;
                }));
        assertEquals(
                ofOutsider.getId(),
                asStaffAdmin(() -> accounts.get(ofOutsider.getId())).getId());
    }

    @Test
    void aGroupsMembersSeeWhatTheGroupOwns() throws Exception {
        long group = asAdmin.call(() -> groups.create(
                        "Grupo " + run,
                        null,
                        Set.of(new Member(PartyKind.USER, outsider), new Member(PartyKind.ROLE, repRole))))
                .getId();
        account("Del grupo", group);

        assertEquals(List.of("Del grupo", "Soporte"), accountsSeenBy(outsider));
        assertEquals(List.of("Del grupo", "Vendedor"), accountsSeenBy(rep));
        assertEquals(List.of("Gerente", "Vendedor"), accountsSeenBy(manager));

        // a group inside a group: the manager's role joins through another group
        asAdmin.call(
                () -> groups.create("Grupo externo " + run, null, Set.of(new Member(PartyKind.ROLE, managerRole))));
        long outer = asAdmin.call(groups::findAll).stream()
                .filter(g -> g.getName().equals("Grupo externo " + run))
                .findFirst()
                .orElseThrow()
                .getId();
        asAdmin.call(() -> groups.update(
                group,
                "Grupo " + run,
                null,
                Set.of(new Member(PartyKind.USER, outsider), new Member(PartyKind.GROUP, outer))));
        assertEquals(List.of("Del grupo", "Gerente", "Vendedor"), accountsSeenBy(manager));
        assertEquals(List.of("Vendedor"), accountsSeenBy(rep));

        InvalidInputException loop = assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> groups.update(
                        outer, "Grupo externo " + run, null, Set.of(new Member(PartyKind.GROUP, group)))));
        assertEquals("crm.group.member.loop", loop.getMessageKey());
    }

    @Test
    void customRulesShareReadOnlyOrReadWrite() throws Exception {
        String repName = username(rep);
        SharingRule rule = asAdmin.call(() -> sharing.addRule(
                CrmModule.ACCOUNTS,
                PartyKind.ROLE,
                outsiderRole,
                PartyKind.ROLE_AND_SUBORDINATES,
                managerRole,
                RuleAccess.READ));
        assertEquals(List.of("Soporte", "Vendedor"), accountsSeenBy(rep));
        assertEquals(List.of("Gerente", "Soporte", "Vendedor"), accountsSeenBy(manager));
        assertRefusedAndUnchanged(repName, ofOutsider, NotAllowedException.class);

        asAdmin.call(() -> {
            sharing.changeRule(rule.getId(), RuleAccess.READ_WRITE);
            return null;
        });
        rename(repName, ofOutsider, "Soporte compartido");
        assertEquals(
                run + " Soporte compartido",
                asStaffAdmin(() -> accounts.get(ofOutsider.getId())).getName());
        assertThrows(
                NotAllowedException.class,
                () -> asUser.named(repName, () -> {
                    accounts.delete(ofOutsider.getId(), false);
                    return null;
                }));

        asAdmin.call(() -> {
            sharing.deleteRule(rule.getId());
            return null;
        });
        assertEquals(List.of("Vendedor"), accountsSeenBy(rep));
    }

    @Test
    void contactsCarryTheAccountsPrivacy() throws Exception {
        setDefault(CrmModule.CONTACTS, SharingAccess.PUBLIC_READ_WRITE_DELETE);
        Contact mine = contact("Propio", ofRep, rep);
        Contact theirs = contact("Ajeno", ofOutsider, outsider);
        String repName = username(rep);

        assertEquals(List.of("Propio"), contactsSeenBy(repName));
        assertThrows(NotFoundException.class, () -> asUser.named(repName, () -> contacts.get(theirs.getId())));
        // the account's related list shows no more than the contacts list
        PageRequest related =
                new PageRequest(0, 50, null, true, Map.of(ContactService.BY_ACCOUNT, "" + ofRep.getId()), null);
        assertEquals(1, asUser.named(repName, () -> contacts.rows(related)).size());

        setDefault(CrmModule.ACCOUNTS, SharingAccess.PUBLIC_READ);
        assertEquals(List.of("Ajeno", "Propio"), contactsSeenBy(repName));
        assertEquals(
                mine.getId(),
                asUser.named(repName, () -> contacts.get(mine.getId())).getId());
    }

    @Test
    void aProfileWithoutDeleteRefusesItAndKeepsTheRecord() throws Exception {
        setDefault(CrmModule.ACCOUNTS, SharingAccess.PUBLIC_READ_WRITE_DELETE);
        Profile noDelete = asAdmin.call(() -> profiles.create("Sin borrar " + run, null, salesProfile));
        asAdmin.call(() -> profiles.update(
                noDelete.getId(),
                asAdmin.call(() -> profiles.get(noDelete.getId())).getVersion(),
                noDelete.getName(),
                null,
                false,
                false,
                Map.of(CrmModule.CONTACTS, EnumSet.of(Action.VIEW, Action.CREATE, Action.EDIT)),
                Map.of()));
        asAdmin.call(() -> roles.update(repRole, "Vendedor " + run, AssignScope.ALL_USERS, Set.of(noDelete.getId())));
        Contact own = contact("Propio", ofRep, rep);
        String repName = username(rep);

        assertThrows(
                NotAllowedException.class,
                () -> asUser.named(repName, () -> {
                    contacts.delete(own.getId());
                    return null;
                }));
        assertEquals(own.getId(), asStaffAdmin(() -> contacts.get(own.getId())).getId());
        // the rest of the profile still holds: he edits his contact
        Contact form = asUser.named(repName, () -> contacts.get(own.getId()));
        form.setTitle("Director");
        asUser.named(repName, () -> contacts.update(own.getId(), form.getVersion(), form, ofRep.getId(), rep, null));
        assertEquals("Director", asStaffAdmin(() -> contacts.get(own.getId())).getTitle());
    }

    @Test
    void hiddenAndReadOnlyFieldsCannotBeSeenSearchedOrChanged() throws Exception {
        Profile limited = asAdmin.call(() -> profiles.create("Campos " + run, null, salesProfile));
        asAdmin.call(() -> profiles.update(
                limited.getId(),
                asAdmin.call(() -> profiles.get(limited.getId())).getVersion(),
                limited.getName(),
                null,
                false,
                false,
                Map.of(),
                Map.of(CrmModule.CONTACTS, Map.of("email", FieldAccess.HIDDEN, "title", FieldAccess.READ_ONLY))));
        asAdmin.call(() -> roles.update(repRole, "Vendedor " + run, AssignScope.ALL_USERS, Set.of(limited.getId())));
        Contact form = new Contact();
        form.setLastName(run);
        form.setFirstName("Campos");
        form.setTitle("Gerente");
        form.setEmail("campos." + run + "@example.com");
        Contact own = asStaffAdmin(() -> contacts.create(form, ofRep.getId(), rep, null));
        String repName = username(rep);

        // the email cannot be searched for, nor sorted or filtered on
        PageRequest byEmail = new PageRequest(0, 10, null, true, Map.of(), "campos." + run + "@example.com");
        assertEquals(0, asUser.named(repName, () -> contacts.rows(byEmail)).size());
        assertEquals(1, asStaffAdmin(() -> contacts.rows(byEmail)).size());
        PageRequest filtered = new PageRequest(0, 10, "email", true, Map.of("email", "zzz-nada"), run);
        assertEquals(1, asUser.named(repName, () -> contacts.rows(filtered)).size(), "the hidden filter is ignored");
        assertEquals(
                Map.of("email", FieldAccess.HIDDEN, "title", FieldAccess.READ_ONLY),
                asUser.named(repName, contacts::fieldRules));

        // a crafted save that changes both leaves both as they were, and the rest is saved
        Contact crafted = asUser.named(repName, () -> contacts.get(own.getId()));
        crafted.setEmail("otro@example.com");
        crafted.setTitle("Presidente");
        crafted.setDepartment("Ventas");
        asUser.named(
                repName, () -> contacts.update(own.getId(), crafted.getVersion(), crafted, ofRep.getId(), rep, null));
        Contact saved = asStaffAdmin(() -> contacts.get(own.getId()));
        assertEquals("campos." + run + "@example.com", saved.getEmail());
        assertEquals("Gerente", saved.getTitle());
        assertEquals("Ventas", saved.getDepartment());

        // a new contact of his gets no email or title from him
        Contact mine = new Contact();
        mine.setLastName(run);
        mine.setFirstName("Nuevo");
        mine.setEmail("nuevo." + run + "@example.com");
        mine.setTitle("Jefe");
        Contact created = asUser.named(repName, () -> contacts.create(mine, ofRep.getId(), rep, null));
        Contact stored = asStaffAdmin(() -> contacts.get(created.getId()));
        assertEquals(null, stored.getEmail());
        assertEquals(null, stored.getTitle());
    }

    @Test
    void canAssignToFollowsTheRole() throws Exception {
        String repName = username(rep);
        asAdmin.call(() -> roles.update(repRole, "Vendedor " + run, AssignScope.SUBORDINATES, Set.of(salesProfile)));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> asUser.named(repName, () -> accounts.create(new Account(run + " Nueva"), manager, null)));
        assertEquals("owner", refused.getField());
        assertEquals("crm.owner.notAssignable", refused.getMessageKey());
        List<Long> offered = asUser.named(
                repName, () -> owners.assignable().stream().map(OwnerRef::id).toList());
        assertTrue(offered.contains(rep));
        assertFalse(offered.contains(manager) || offered.contains(outsider));

        asUser.named(repName, () -> accounts.create(new Account(run + " Nueva"), rep, null));
        assertEquals(List.of("Nueva", "Vendedor"), accountsSeenBy(rep));

        asAdmin.call(() -> roles.update(repRole, "Vendedor " + run, AssignScope.ALL_USERS, Set.of(salesProfile)));
        asUser.named(repName, () -> accounts.create(new Account(run + " Para el gerente"), manager, null));
        assertTrue(accountsSeenBy(manager).contains("Para el gerente"));
    }

    @Test
    void aRoleMovedOrDeletedChangesWhoSeesWhat() throws Exception {
        // the outsider's role moves under the manager's: the manager now sees his records
        asAdmin.call(() -> {
            roles.move(outsiderRole, managerRole);
            return null;
        });
        assertEquals(List.of("Gerente", "Soporte", "Vendedor"), accountsSeenBy(manager));
        InvalidInputException loop = assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> {
                    roles.move(managerRole, repRole);
                    return null;
                }));
        assertEquals("crm.role.move.loop", loop.getMessageKey());

        // deleting the rep's role moves him to the outsider's role, beside... still under the manager
        asAdmin.call(() -> {
            roles.delete(repRole, outsiderRole);
            return null;
        });
        assertEquals(outsiderRole, asAdmin.call(() -> users.get(rep)).getRole().getId());
        assertEquals(List.of("Gerente", "Soporte", "Vendedor"), accountsSeenBy(manager));
    }

    private List<String> contactsSeenBy(String username) throws Exception {
        PageRequest search = new PageRequest(0, 50, null, true, Map.of(), run);
        List<ContactRow> rows = asUser.named(username, () -> contacts.rows(search));
        assertEquals(rows.size(), asUser.named(username, () -> contacts.count(search, 100)));
        return rows.stream().map(ContactRow::getFirstName).sorted().toList();
    }

    private Contact contact(String firstName, Account account, long owner) throws Exception {
        Contact form = new Contact();
        form.setLastName(run);
        form.setFirstName(firstName);
        return asStaffAdmin(() -> contacts.create(form, account.getId(), owner, null));
    }

    private void rename(String username, Account account, String name) throws Exception {
        Account form = asUser.named(username, () -> accounts.get(account.getId()));
        form.setName(run + " " + name);
        asUser.named(
                username,
                () -> accounts.update(
                        account.getId(),
                        form.getVersion(),
                        form,
                        form.getOwner().getId(),
                        null));
    }

    /** A write refused with the given exception, and the record exactly as it was. */
    private void assertRefusedAndUnchanged(String username, Account account, Class<? extends Exception> refusal)
            throws Exception {
        Account before = asStaffAdmin(() -> accounts.get(account.getId()));
        Account form = asStaffAdmin(() -> accounts.get(account.getId()));
        form.setName(run + " cambiado");
        assertThrows(
                refusal,
                () -> asUser.named(
                        username,
                        () -> accounts.update(
                                account.getId(),
                                form.getVersion(),
                                form,
                                form.getOwner().getId(),
                                null)));
        Account after = asStaffAdmin(() -> accounts.get(account.getId()));
        assertEquals(before.getName(), after.getName());
        assertEquals(before.getVersion(), after.getVersion());
        assertEquals(before.getModifiedAt(), after.getModifiedAt());
    }
}
