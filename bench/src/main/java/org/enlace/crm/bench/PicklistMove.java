package org.enlace.crm.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Times what deleting a picklist value with a replacement does to the records holding it, with the
 * statements of the application's {@code PicklistReplacer} (one update per 20,000 ids, each
 * committed): the contacts' salutation MRS (about half the million) moves to MRZ, then back. The
 * codes have the same length, so the benchmark's rows keep their size: a longer code would grow
 * half a million rows, and Derby would move some into overflow pages and slow the reads measured
 * on the next run. Run with the server stopped.
 */
public final class PicklistMove {

    private static final int CHUNK = 20_000;

    private PicklistMove() {}

    public static void main(String[] args) throws SQLException {
        String url = "jdbc:derby:" + Path.of(args[0], "derby", "crmdb");
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            move(db, "MRS", "MRZ");
            move(db, "MRZ", "MRS");
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby says so when it has shut down
        }
    }

    private static void move(Connection db, String from, String to) throws SQLException {
        long start = System.nanoTime();
        long holding;
        try (PreparedStatement count = db.prepareStatement("select count(*) from crm_contact where salutation = ?")) {
            count.setString(1, from);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                holding = r.getLong(1);
            }
        }
        long min;
        long max;
        try (ResultSet r = db.createStatement().executeQuery("select min(id), max(id) from crm_contact")) {
            r.next();
            min = r.getLong(1);
            max = r.getLong(2);
        }
        db.commit();
        long counted = System.nanoTime();
        long moved = 0;
        int statements = 0;
        long longest = 0;
        try (PreparedStatement update = db.prepareStatement(
                "update crm_contact set salutation = '" + to + "' where salutation = ? and id >= ? and id < ?")) {
            for (long first = min; first <= max; first += CHUNK) {
                long begun = System.nanoTime();
                update.setString(1, from);
                update.setLong(2, first);
                update.setLong(3, first + CHUNK);
                moved += update.executeUpdate();
                db.commit();
                statements++;
                longest = Math.max(longest, System.nanoTime() - begun);
            }
        }
        long done = System.nanoTime();
        System.out.printf(
                "Picklist value %s -> %s: %,d of the contacts held it (counted in %.1f s); moved %,d in %d"
                        + " statements in %.1f s (%,.0f rows/s), the longest statement held its locks %.0f ms%n",
                from,
                to,
                holding,
                (counted - start) / 1e9,
                moved,
                statements,
                (done - counted) / 1e9,
                moved / ((done - counted) / 1e9),
                longest / 1e6);
    }
}
