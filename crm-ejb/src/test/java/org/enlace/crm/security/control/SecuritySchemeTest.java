package org.enlace.crm.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.control.SecurityScheme.MemberFacts;
import org.enlace.crm.security.control.SecurityScheme.RuleFacts;
import org.enlace.crm.security.control.SecurityScheme.UserFacts;
import org.enlace.crm.security.control.SecurityScheme.Why;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.RuleAccess;
import org.enlace.crm.security.entity.SharingAccess;
import org.junit.jupiter.api.Test;

/**
 * The rules of the scheme without a server: an organisation of CEO (role 1) > manager (2) >
 * salesman (3), and support (4) under the CEO; one user per role (ids 11-14) and a second
 * salesman (15).
 */
class SecuritySchemeTest {

    private static final Map<Long, String> ROLES = Map.of(1L, "/1/", 2L, "/1/2/", 3L, "/1/2/3/", 4L, "/1/4/");
    private static final Map<Long, UserFacts> USERS = Map.of(
            11L, new UserFacts(11, 1L, true),
            12L, new UserFacts(12, 2L, true),
            13L, new UserFacts(13, 3L, true),
            14L, new UserFacts(14, 4L, true),
            15L, new UserFacts(15, 3L, false));

    private static SecurityScheme scheme(List<MemberFacts> members, List<RuleFacts> rules) {
        return new SecurityScheme(ROLES, USERS, members, rules, Map.of(CrmModule.ACCOUNTS, SharingAccess.PRIVATE));
    }

    @Test
    void aUserReachesHisOwnAndHisSubordinatesRecordsNotHisPeersOrBosses() {
        SecurityScheme scheme = scheme(List.of(), List.of());
        assertThat(scheme.reach(12, CrmModule.ACCOUNTS).keySet()).containsExactlyInAnyOrder(12L, 13L, 15L);
        assertThat(scheme.reach(13, CrmModule.ACCOUNTS).keySet()).containsExactly(13L);
        assertThat(scheme.reach(11, CrmModule.ACCOUNTS).keySet()).containsExactlyInAnyOrder(11L, 12L, 13L, 14L, 15L);
        assertThat(scheme.reach(12, CrmModule.ACCOUNTS).get(13L).why()).isEqualTo(Why.SUBORDINATE);
    }

    @Test
    void groupMembershipComesThroughUsersRolesSubordinatesAndNestedGroups() {
        List<MemberFacts> members = List.of(
                new MemberFacts(100, PartyKind.USER, 14),
                new MemberFacts(101, PartyKind.ROLE_AND_SUBORDINATES, 2),
                new MemberFacts(102, PartyKind.GROUP, 101),
                new MemberFacts(103, PartyKind.ROLE, 2));
        SecurityScheme scheme = scheme(members, List.of());
        assertThat(scheme.groupsOf(14)).containsExactly(100L);
        assertThat(scheme.groupsOf(13)).containsExactlyInAnyOrder(101L, 102L);
        assertThat(scheme.groupsOf(12)).containsExactlyInAnyOrder(101L, 102L, 103L);
        assertThat(scheme.groupsOf(11)).isEmpty();
        assertThat(scheme.reach(13, CrmModule.ACCOUNTS).get(102L).why()).isEqualTo(Why.GROUP);
    }

    @Test
    void rulesShareARolesRecordsReadOnlyOrReadWrite() {
        List<RuleFacts> rules = List.of(
                new RuleFacts(
                        900,
                        CrmModule.ACCOUNTS,
                        PartyKind.ROLE,
                        4,
                        PartyKind.ROLE_AND_SUBORDINATES,
                        2,
                        RuleAccess.READ),
                new RuleFacts(901, CrmModule.CONTACTS, PartyKind.ROLE, 4, PartyKind.ROLE, 3, RuleAccess.READ_WRITE));
        SecurityScheme scheme = scheme(List.of(), rules);
        SecurityScheme.Reach shared = scheme.reach(13, CrmModule.ACCOUNTS).get(14L);
        assertThat(shared.why()).isEqualTo(Why.RULE);
        assertThat(shared.through()).isEqualTo(900L);
        assertThat(shared.write()).isFalse();
        assertThat(scheme.reach(13, CrmModule.CONTACTS).get(14L).write()).isTrue();
        assertThat(scheme.reach(14, CrmModule.ACCOUNTS)).containsOnlyKeys(14L);
    }

    @Test
    void contactsAreNeverMoreOpenThanAccounts() {
        SecurityScheme scheme = new SecurityScheme(
                ROLES,
                USERS,
                List.of(),
                List.of(),
                Map.of(
                        CrmModule.ACCOUNTS,
                        SharingAccess.PUBLIC_READ,
                        CrmModule.CONTACTS,
                        SharingAccess.PUBLIC_READ_WRITE));
        assertThat(scheme.defaultOf(CrmModule.CONTACTS)).isEqualTo(SharingAccess.PUBLIC_READ);
        assertThat(scheme(List.of(), List.of()).defaultOf(CrmModule.CONTACTS)).isEqualTo(SharingAccess.PRIVATE);
    }

    @Test
    void usersUnderARoleAreTheActiveOnesOfItAndBelow() {
        SecurityScheme scheme = scheme(List.of(), List.of());
        assertThat(scheme.usersUnder(2, true)).containsExactlyInAnyOrder(12L, 13L);
        assertThat(scheme.usersUnder(2, false)).containsExactly(13L);
    }

    @Test
    void groupLoopsAreFound() {
        Map<Long, Set<Long>> graph = Map.of(1L, Set.of(2L), 2L, Set.of(3L), 3L, Set.of());
        assertThat(SecurityScheme.wouldLoop(3, 1, graph)).isTrue();
        assertThat(SecurityScheme.wouldLoop(4, 1, graph)).isFalse();
        assertThat(SecurityScheme.wouldLoop(1, 1, graph)).isTrue();
    }
}
