package org.enlace.crm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The security scheme of the benchmark's restricted user, written into a seeded database (server
 * stopped), as an administrator would set it up in the screens:
 *
 * <ul>
 *   <li>"Gerente regional", four levels deep (Organización > Director general > Vicepresidente >
 *       Gerente regional), with "Asesor regional" below it; the user bench.gerente in it;
 *   <li>the contacts shared out among 70 owners: bench.gerente, three asesores, the group
 *       "Equipo regional" (whose member is the Gerente regional role), ten users of ten "Zona"
 *       roles, and 55 other sellers;
 *   <li>Contacts private, and ten sharing rules, each sharing one Zona role's contacts: two with
 *       the Gerente regional role, eight with other Zona roles.
 * </ul>
 *
 * So bench.gerente sees 7 of the 70 owners' contacts (his own, his three subordinates', his
 * group's and two zones' through the rules): 10 % of them. His password is the administrator's.
 * The names of the owners he must not see are written to bench-scheme-hidden.txt for the load
 * client's checks.
 */
public final class Scheme {

    static final String USERNAME = "bench.gerente";
    private static final int OWNERS = 70;

    private final Connection db;
    private final Timestamp now = Timestamp.from(Instant.now());
    private long nextId;

    private Scheme(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        System.setProperty("derby.stream.error.file", data.resolve("derby.log").toString());
        System.setProperty("derby.storage.pageCacheSize", "20000");
        try (Connection db = DriverManager.getConnection(
                "jdbc:derby:" + data.resolve("derby").resolve("crmdb"))) {
            db.setAutoCommit(false);
            List<String> hidden = new Scheme(db).create();
            Files.write(data.resolve("bench-scheme-hidden.txt"), hidden);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception
            }
        }
    }

    private List<String> create() throws SQLException {
        long start = System.nanoTime();
        nextId = 1
                + Math.max(
                        max("select max(id) from crm_owner"),
                        Math.max(max("select max(id) from crm_contact"), max("select max(id) from crm_role")));
        nextId = Math.max(nextId, max("select max(id) from crm_profile") + 1);
        // the application may hold a block of ids up to the sequence's last value
        nextId = Math.max(nextId, max("values next value for crm_seq") + 1);
        long vicePresident = single("select id from crm_role where name = 'Vicepresidente'");
        long sales = single("select id from crm_profile where name = 'Ventas'");
        long manager = role("Gerente regional", vicePresident, sales);
        long adviser = role("Asesor regional", manager, sales);
        long seller = single("select id from crm_role where name = 'Ejecutivo de ventas'");
        long[] zones = new long[10];
        for (int z = 0; z < zones.length; z++) {
            zones[z] = role("Zona " + (z + 1), vicePresident, sales);
        }

        String adminHash;
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select password_hash from crm_user where username = 'admin'")) {
            r.next();
            adminHash = r.getString(1);
        }
        long[] owners = new long[OWNERS];
        List<String> hidden = new ArrayList<>();
        owners[0] = user(USERNAME, "Gerente", "Regional", manager, adminHash);
        for (int i = 1; i <= 3; i++) {
            owners[i] = user("bench.asesor" + i, "Asesor", "Regional " + i, adviser, "disabled");
        }
        owners[4] = group("Equipo regional", manager);
        for (int z = 0; z < zones.length; z++) {
            owners[5 + z] = user("bench.zona" + (z + 1), "Ventas", "Zona " + (z + 1), zones[z], "disabled");
            if (z >= 2) {
                hidden.add("Ventas Zona " + (z + 1));
            }
        }
        for (int i = 15; i < OWNERS; i++) {
            owners[i] = user("bench.vendedor" + i, "Vendedor", "Número " + i, seller, "disabled");
            hidden.add("Vendedor Número " + i);
        }
        // the sellers the seeder made keep no records, and their names are hidden from him too
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select o.display_name from crm_owner o join crm_user u on u.id = o.id"
                        + " where u.username like 'bench%' and u.username not like 'bench.%'")) {
            while (r.next()) {
                hidden.add(r.getString(1));
            }
        }
        db.commit();

        try (Statement s = db.createStatement()) {
            s.executeUpdate("update crm_user set role_id = " + seller + " where role_id is null");
            s.executeUpdate("delete from crm_sharing_default where module = 'CONTACTS'");
            s.executeUpdate(
                    "insert into crm_sharing_default (module, access, version) values ('CONTACTS', 'PRIVATE', 1)");
        }
        for (int z = 0; z < zones.length; z++) {
            long target = z < 2 ? manager : zones[(z + 1) % zones.length];
            rule(zones[z], target);
        }
        db.commit();

        long update = System.nanoTime();
        StringBuilder cases = new StringBuilder("case mod(id, " + OWNERS + ")");
        for (int i = 0; i < OWNERS; i++) {
            cases.append(" when ").append(i).append(" then ").append(owners[i]);
        }
        cases.append(" end");
        try (Statement s = db.createStatement()) {
            int moved = s.executeUpdate("update crm_contact set owner_id = " + cases);
            System.out.printf(
                    "%,d contacts shared out among %d owners in %d s%n",
                    moved, OWNERS, (System.nanoTime() - update) / 1_000_000_000L);
        }
        db.commit();
        advance();
        try (Statement s = db.createStatement()) {
            for (String table : new String[] {"CRM_OWNER", "CRM_USER", "CRM_CONTACT", "CRM_ROLE"}) {
                s.execute("call syscs_util.syscs_update_statistics('APP', '" + table + "', null)");
            }
        }
        db.commit();
        System.out.printf("security scheme of %s in %d s%n", USERNAME, (System.nanoTime() - start) / 1_000_000_000L);
        return hidden;
    }

    private long role(String name, long parent, long profile) throws SQLException {
        long id = nextId++;
        String parentPath = string("select path from crm_role where id = " + parent);
        try (PreparedStatement s = db.prepareStatement("insert into crm_role (id, name, parent_id, path, assign_scope,"
                + " version, created_at, modified_at) values (?, ?, ?, ?, 'ALL_USERS', 1, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, name);
            s.setLong(3, parent);
            s.setString(4, parentPath + id + "/");
            s.setTimestamp(5, now);
            s.setTimestamp(6, now);
            s.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into crm_role_profile (role_id, profile_id) values (" + id + ", " + profile + ")");
        }
        return id;
    }

    private long user(String username, String first, String last, long role, String hash) throws SQLException {
        long id = owner("USER", first + " " + last);
        try (PreparedStatement s = db.prepareStatement("insert into crm_user (id, username, password_hash, first_name,"
                + " last_name, email, administrator, active, language, security_stamp, role_id)"
                + " values (?, ?, ?, ?, ?, ?, false, true, 'es', ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, username);
            s.setString(3, hash);
            s.setString(4, first);
            s.setString(5, last);
            s.setString(6, username + "@enlace.example");
            s.setString(7, "bench-" + id);
            s.setLong(8, role);
            s.executeUpdate();
        }
        return id;
    }

    private long group(String name, long memberRole) throws SQLException {
        long id = owner("GROUP", name);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into crm_group (id, description) values (" + id + ", null)");
            s.executeUpdate("insert into crm_group_member (group_id, member_kind, member_id) values (" + id
                    + ", 'ROLE', " + memberRole + ")");
        }
        return id;
    }

    private long owner(String kind, String name) throws SQLException {
        long id = nextId++;
        try (PreparedStatement s = db.prepareStatement("insert into crm_owner (id, kind, display_name, version,"
                + " created_at, modified_at) values (?, ?, ?, 1, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, kind);
            s.setString(3, name);
            s.setTimestamp(4, now);
            s.setTimestamp(5, now);
            s.executeUpdate();
        }
        return id;
    }

    private void rule(long source, long target) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("insert into crm_sharing_rule (id, module, source_kind, source_id,"
                        + " target_kind, target_id, access, version, created_at, modified_at)"
                        + " values (?, 'CONTACTS', 'ROLE', ?, 'ROLE', ?, 'READ', 1, ?, ?)")) {
            s.setLong(1, nextId++);
            s.setLong(2, source);
            s.setLong(3, target);
            s.setTimestamp(4, now);
            s.setTimestamp(5, now);
            s.executeUpdate();
        }
    }

    /** Moves the id sequence past the ids used here (Derby cannot alter a sequence). */
    private void advance() throws SQLException {
        long current = max("select max(id) from crm_contact");
        long start = ((Math.max(nextId, current + 1) / 50) + 2) * 50;
        try (Statement s = db.createStatement()) {
            s.execute("drop sequence crm_seq restrict");
            s.execute("create sequence crm_seq as bigint start with " + start + " increment by 50");
        }
        db.commit();
    }

    private long max(String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return r.getLong(1);
        }
    }

    private String string(String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
