package org.enlace.crm.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks Derby's query plans for the Contacts list's queries on the seeded database (with the
 * server stopped): each must read the contacts through an index, with no sort and no table scan
 * of the contacts. The statements have the shape the application's list queries have (find a
 * page of ids in index order, count up to a limit, read the page's rows by id); Derby's runtime
 * statistics give the plan actually executed.
 *
 * <p>Usage: {@code Plans <data dir>}. Exit status 1 when a plan sorts or scans the table.
 */
public final class Plans {

    private record Query(String name, String sql, List<Object> parameters, String index) {}

    /** The owners whose contacts the benchmark's restricted user sees (Scheme.java), if set up. */
    private static List<Object> visibleOwners(Statement s) throws SQLException {
        List<Object> ids = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select o.id from crm_owner o left join crm_user u on u.id = o.id"
                + " where u.username in ('bench.gerente', 'bench.asesor1', 'bench.asesor2', 'bench.asesor3',"
                + " 'bench.zona1', 'bench.zona2') or (o.kind = 'GROUP' and o.display_name = 'Equipo regional')")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(
                "derby.stream.error.file", Path.of(args[0], "derby.log").toString());
        String url = "jdbc:derby:" + Path.of(args[0], "derby", "crmdb");
        String prefix = "Ospi";
        List<Query> queries = List.of(
                new Query(
                        "page of the list (ids)",
                        "SELECT t0.ID FROM CRM_CONTACT t0 ORDER BY t0.LAST_NAME ASC, t0.FIRST_NAME ASC, t0.ID"
                                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                        List.of(975, 25),
                        "IX_CRM_CONTACT_NAME"),
                new Query(
                        "count up to a limit",
                        "SELECT t0.ID FROM CRM_CONTACT t0 OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                        List.of(0, 1076),
                        null),
                new Query(
                        "quick search by last name (ids)",
                        "SELECT t0.ID FROM CRM_CONTACT t0 WHERE ((t0.LAST_NAME >= ?) AND (t0.LAST_NAME < ?)"
                                + " AND t0.LAST_NAME LIKE ? ESCAPE '\\') ORDER BY t0.LAST_NAME ASC, t0.FIRST_NAME ASC,"
                                + " t0.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                        List.of(prefix, prefix + '\uFFFF', prefix + "%", 0, 25),
                        "IX_CRM_CONTACT_NAME"),
                new Query(
                        "quick search count",
                        "SELECT t0.ID FROM CRM_CONTACT t0 WHERE ((t0.LAST_NAME >= ?) AND (t0.LAST_NAME < ?)"
                                + " AND t0.LAST_NAME LIKE ? ESCAPE '\\') OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                        List.of(prefix, prefix + '\uFFFF', prefix + "%", 0, 101),
                        "IX_CRM_CONTACT_NAME"),
                new Query(
                        "rows of the page, with account and owner",
                        "SELECT t0.ID, t0.CONTACT_NUMBER, t0.LAST_NAME, t0.FIRST_NAME, t0.TITLE, t0.EMAIL,"
                                + " t0.OFFICE_PHONE, t1.ID, t1.NAME, t2.DISPLAY_NAME FROM CRM_CONTACT t0, CRM_OWNER t2,"
                                + " CRM_ACCOUNT t1 WHERE (t0.ID IN (?, ?, ?) AND ((t1.ID = t0.ACCOUNT_ID)"
                                + " AND (t2.ID = t0.OWNER_ID)))",
                        List.of(200_000L, 400_000L, 600_000L),
                        "PK_CRM_CONTACT"));
        boolean good = true;
        try (Connection db = DriverManager.getConnection(url);
                Statement s = db.createStatement()) {
            List<Query> all = new ArrayList<>(queries);
            List<Object> visible = visibleOwners(s);
            if (!visible.isEmpty()) {
                // the restricted user's list: the same index walk, keeping the rows of his owners
                String marks = String.join(", ", visible.stream().map(o -> "?").toList());
                List<Object> page = new ArrayList<>(visible);
                page.addAll(List.of(0, 25));
                all.add(new Query(
                        "restricted user's page (ids)",
                        "SELECT t0.ID FROM CRM_CONTACT t0 WHERE ((t0.OWNER_ID + 0) IN (" + marks + "))"
                                + " ORDER BY t0.LAST_NAME ASC, t0.FIRST_NAME ASC, t0.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                        page,
                        "IX_CRM_CONTACT_NAME"));
                List<Object> search = new ArrayList<>(List.of(prefix, prefix + '\uFFFF', prefix + "%"));
                search.addAll(visible);
                search.addAll(List.of(0, 25));
                all.add(new Query(
                        "restricted user's search (ids)",
                        "SELECT t0.ID FROM CRM_CONTACT t0 WHERE ((t0.LAST_NAME >= ?) AND (t0.LAST_NAME < ?)"
                                + " AND t0.LAST_NAME LIKE ? ESCAPE '\\') AND (t0.OWNER_ID IN (" + marks + "))"
                                + " ORDER BY t0.LAST_NAME ASC, t0.FIRST_NAME ASC, t0.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                        search,
                        null)); // the name index walked, or each owner's stretch probed and sorted
            }
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            for (Query query : all) {
                long start = System.nanoTime();
                int rows = 0;
                try (PreparedStatement p = db.prepareStatement(query.sql())) {
                    for (int i = 0; i < query.parameters().size(); i++) {
                        p.setObject(i + 1, query.parameters().get(i));
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            rows++;
                        }
                    }
                }
                double ms = (System.nanoTime() - start) / 1e6;
                String plan = plan(s);
                // the restricted search sorts only the user's own matches, read per owner from the index
                boolean sorts = plan.contains("Sort ResultSet") && !query.name().startsWith("restricted user's search");
                boolean scans = plan.contains("Table Scan ResultSet for CRM_CONTACT");
                boolean indexed = query.index() == null
                        || plan.contains("using index " + query.index())
                        || plan.contains("using constraint " + query.index());
                boolean ok = !sorts && !scans && indexed;
                good &= ok;
                System.out.printf(
                        "%-42s %5d rows %7.1f ms  %s%n",
                        query.name(),
                        rows,
                        ms,
                        ok ? "index, no sort" : "BAD PLAN" + (sorts ? " (sorts)" : "") + (scans ? " (scans)" : ""));
                if (!ok) {
                    System.out.println(plan);
                }
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception
            }
        }
        System.exit(good ? 0 : 1);
    }

    private static String plan(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            r.next();
            return r.getString(1);
        }
    }
}
