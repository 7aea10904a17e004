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
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeds the benchmark's accounts and contacts by batched JDBC into the embedded Derby database,
 * while no server has it open. The schema must exist (the application creates it on its first
 * start). Afterwards it moves the id sequence and the record numbers past the seeded rows and
 * updates Derby's index statistics, so the application goes on as if it had created them.
 *
 * <p>Usage: {@code Seed <data dir> <accounts> <contacts>}. The same seed gives the same data.
 */
public final class Seed {

    private static final String[] MALE = {
        "Andrés",
        "José",
        "Juan",
        "Carlos",
        "Luis",
        "Jorge",
        "Óscar",
        "Iván",
        "Martín",
        "Sebastián",
        "Julián",
        "Nicolás",
        "Simón",
        "Tomás",
        "Hernán",
        "Germán",
        "Ramón",
        "Rubén",
        "Fabián",
        "Adrián",
        "Joaquín",
        "Efraín",
        "Jesús",
        "Camilo",
        "Santiago",
        "Felipe",
        "Diego",
        "Mateo",
        "Alejandro",
        "Daniel",
        "Ricardo",
        "Eduardo",
        "Gustavo",
        "Álvaro",
        "Héctor",
        "Víctor",
        "Mauricio",
        "Esteban",
        "Fernando",
        "Gonzalo"
    };
    private static final String[] FEMALE = {
        "María",
        "Ana",
        "Lucía",
        "Sofía",
        "Valentina",
        "Camila",
        "Daniela",
        "Mónica",
        "Verónica",
        "Angélica",
        "Inés",
        "Beatriz",
        "Carolina",
        "Natalia",
        "Andrea",
        "Paula",
        "Juliana",
        "Mariana",
        "Isabel",
        "Raquel",
        "Adriana",
        "Patricia",
        "Gloria",
        "Sandra",
        "Liliana",
        "Marcela",
        "Claudia",
        "Ximena",
        "Ángela",
        "Dolores",
        "Begoña",
        "Noemí",
        "Irene",
        "Elena",
        "Rocío",
        "Pilar",
        "Consuelo",
        "Esperanza",
        "Yolanda",
        "Manuela"
    };
    private static final String[] SURNAMES = {
        "García",
        "Rodríguez",
        "González",
        "Hernández",
        "López",
        "Martínez",
        "Pérez",
        "Sánchez",
        "Ramírez",
        "Torres",
        "Gómez",
        "Díaz",
        "Álvarez",
        "Muñoz",
        "Rojas",
        "Vargas",
        "Jiménez",
        "Castro",
        "Ortiz",
        "Moreno",
        "Ruiz",
        "Suárez",
        "Gutiérrez",
        "Romero",
        "Herrera",
        "Valencia",
        "Quintero",
        "Cárdenas",
        "Restrepo",
        "Ospina",
        "Zapata",
        "Mejía",
        "Giraldo",
        "Arango",
        "Londoño",
        "Salazar",
        "Correa",
        "Osorio",
        "Cortés",
        "Ríos",
        "Acosta",
        "Medina",
        "Castaño",
        "Aguilar",
        "Peña",
        "Niño",
        "Ibáñez",
        "Núñez",
        "Beltrán",
        "Galán",
        "Durán",
        "Chávez",
        "Vélez",
        "Escobar",
        "Bermúdez",
        "Ángel",
        "Úsuga",
        "Echeverri",
        "Montoya",
        "Villegas",
        "Sáenz",
        "Guzmán",
        "Benítez",
        "Calderón",
        "Pardo",
        "Rincón",
        "Cabrera",
        "Fajardo",
        "Carvajal",
        "Ávila",
        "Ocampo",
        "Duque",
        "Marín",
        "Patiño",
        "Toro",
        "Bedoya",
        "Arias",
        "Cifuentes",
        "Franco",
        "Gaitán",
        "Lozano",
        "Mendoza",
        "Nieto",
        "Parra",
        "Quiñones",
        "Sarmiento",
        "Tovar",
        "Uribe",
        "Vásquez",
        "Zuluaga",
        "Forero",
        "Báez",
        "Solís",
        "Ramos",
        "Cruz",
        "Reyes",
        "Méndez",
        "Rivera",
        "Morales",
        "Ortega",
        "Delgado",
        "Rubio",
        "Molina",
        "Serrano",
        "Blanco",
        "Iglesias",
        "Santamaría",
        "Caicedo",
        "Cuéllar",
        "Domínguez",
        "Escalante",
        "Figueroa",
        "Garzón",
        "Hurtado",
        "Jaramillo",
        "León",
        "Maldonado",
        "Naranjo",
        "Olaya",
        "Pineda",
        "Quiroga",
        "Rendón",
        "Sierra",
        "Trujillo",
        "Valderrama"
    };
    private static final String[][] CITIES = {
        {"Bogotá", "Cundinamarca"},
        {"Medellín", "Antioquia"},
        {"Cali", "Valle del Cauca"},
        {"Barranquilla", "Atlántico"},
        {"Cartagena", "Bolívar"},
        {"Bucaramanga", "Santander"},
        {"Pereira", "Risaralda"},
        {"Manizales", "Caldas"},
        {"Cúcuta", "Norte de Santander"},
        {"Ibagué", "Tolima"},
        {"Santa Marta", "Magdalena"},
        {"Villavicencio", "Meta"},
        {"Pasto", "Nariño"},
        {"Montería", "Córdoba"},
        {"Neiva", "Huila"},
        {"Popayán", "Cauca"},
        {"Tunja", "Boyacá"},
        {"Armenia", "Quindío"},
        {"Valledupar", "Cesar"},
        {"Sincelejo", "Sucre"}
    };
    private static final String[] COMPANY_WORDS = {
        "Andina", "Caribe", "Pacífico", "Montaña", "Cafetera", "Orinoquía", "Sabana", "Río", "Cóndor", "Palmeras",
        "Guadua", "Ceiba", "Nevado", "Llanos", "Sierra", "Bahía", "Páramo", "Arrecife", "Esmeralda", "Cordillera"
    };
    private static final String[] COMPANY_KINDS = {
        "Comercializadora", "Distribuidora", "Inversiones", "Construcciones", "Transportes", "Soluciones", "Alimentos",
        "Tecnología", "Servicios", "Laboratorios", "Confecciones", "Agroindustria", "Consultores", "Importadora"
    };
    private static final String[] COMPANY_FORMS = {"S.A.S.", "S.A.", "Ltda.", "y Cía.", "S.A.S.", "S.A.S."};
    private static final String[] TITLES = {
        "Gerente general", "Director comercial", "Jefe de compras", "Contador", "Asistente administrativa",
        "Coordinador de logística", "Analista de sistemas", "Directora financiera", "Vendedor", "Jefe de mantenimiento"
    };
    private static final String[] DEPARTMENTS = {
        "Gerencia", "Ventas", "Compras", "Contabilidad", "Administración", "Logística", "Sistemas", "Finanzas"
    };
    private static final String[] INDUSTRIES = {
        "AGRICULTURE",
        "BANKING",
        "CONSTRUCTION",
        "CONSULTING",
        "EDUCATION",
        "ENERGY",
        "FOOD_BEVERAGE",
        "HEALTHCARE",
        "MANUFACTURING",
        "RETAIL",
        "TECHNOLOGY",
        "TRANSPORTATION"
    };
    private static final String[] ACCOUNT_TYPES = {"CUSTOMER", "PROSPECT", "PARTNER", "RESELLER"};
    private static final String[] SALUTATIONS = {"MR", "MRS", "MS", "DR", "ENG"};
    private static final String[] SELLERS = {
        "Laura Cárdenas", "Andrés Núñez", "Mónica Peña", "Julián Ospina", "Sofía Ángel", "Héctor Ibáñez"
    };
    private static final int BATCH = 1_000;
    private static final int COMMIT = 20_000;

    private final Connection db;
    private final SplittableRandom random = new SplittableRandom(20261130L);
    private final Timestamp now = Timestamp.from(Instant.now());

    private Seed(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: Seed <data dir> <accounts> <contacts>");
            System.exit(2);
        }
        Path database = Path.of(args[0], "derby", "crmdb");
        if (!Files.isDirectory(database)) {
            System.err.println("No database in " + database + ": start the application once to create it");
            System.exit(2);
        }
        int accounts = Integer.parseInt(args[1]);
        int contacts = Integer.parseInt(args[2]);
        System.setProperty(
                "derby.stream.error.file", Path.of(args[0], "derby.log").toString());
        System.setProperty("derby.storage.pageCacheSize", "20000");
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + database)) {
            db.setAutoCommit(false);
            long[] seeded = new Seed(db).seed(accounts, contacts);
            Files.writeString(
                    Path.of(args[0], "bench-seed.properties"),
                    "accounts=" + accounts + "\ncontacts=" + contacts + "\ncontacts.first=" + seeded[0]
                            + "\ncontacts.last=" + seeded[1] + "\n");
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception
            }
        }
    }

    /** Seeds, and answers the first and last id of the seeded contacts. */
    private long[] seed(int accounts, int contacts) throws SQLException {
        long start = System.nanoTime();
        long nextId = max("select max(id) from crm_owner") + 1;
        nextId = Math.max(nextId, max("select max(id) from crm_account") + 1);
        nextId = Math.max(nextId, max("select max(id) from crm_contact") + 1);
        long[] owners = new long[SELLERS.length];
        nextId = sellers(nextId, owners);
        long firstAccount = nextId;
        long accountNumber = nextNumber("ACCOUNT");
        nextId = accounts(nextId, accounts, owners, accountNumber);
        long seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000L);
        System.out.printf("%,d accounts in %d s%n", accounts, seconds);
        long contactStart = System.nanoTime();
        long contactNumber = nextNumber("CONTACT");
        long firstContact = nextId;
        nextId = contacts(nextId, contacts, owners, firstAccount, accounts, contactNumber);
        seconds = Math.max(1, (System.nanoTime() - contactStart) / 1_000_000_000L);
        System.out.printf("%,d contacts in %d s (%,d rows/s)%n", contacts, seconds, contacts / seconds);
        advance(nextId, accountNumber + accounts, contactNumber + contacts);
        long statistics = System.nanoTime();
        try (Statement s = db.createStatement()) {
            for (String table : new String[] {"CRM_OWNER", "CRM_USER", "CRM_ACCOUNT", "CRM_CONTACT"}) {
                s.execute("call syscs_util.syscs_update_statistics('APP', '" + table + "', null)");
            }
        }
        db.commit();
        System.out.printf(
                "statistics in %d s; seeded in %d s%n",
                (System.nanoTime() - statistics) / 1_000_000_000L, (System.nanoTime() - start) / 1_000_000_000L);
        return new long[] {firstContact, nextId - 1};
    }

    /** A few sales executives who own the records; they cannot log in (their password is unusable). */
    private long sellers(long nextId, long[] owners) throws SQLException {
        try (PreparedStatement owner = db.prepareStatement(
                        "insert into crm_owner"
                                + " (id, kind, display_name, version, created_at, modified_at) values (?, 'USER', ?, 1, ?, ?)");
                PreparedStatement user = db.prepareStatement("insert into crm_user (id, username, password_hash,"
                        + " first_name, last_name, email, administrator, active, language, security_stamp)"
                        + " values (?, ?, 'disabled', ?, ?, ?, false, true, 'es', ?)")) {
            for (int i = 0; i < SELLERS.length; i++) {
                String[] name = SELLERS[i].split(" ");
                long id = nextId++;
                owners[i] = id;
                owner.setLong(1, id);
                owner.setString(2, SELLERS[i]);
                owner.setTimestamp(3, now);
                owner.setTimestamp(4, now);
                owner.executeUpdate();
                user.setLong(1, id);
                user.setString(2, "bench" + id);
                user.setString(3, name[0]);
                user.setString(4, name[1]);
                user.setString(5, ascii(SELLERS[i]).replace(' ', '.') + "@enlace.example");
                user.setString(6, "bench-" + id);
                user.executeUpdate();
            }
        }
        db.commit();
        return nextId;
    }

    private long accounts(long nextId, int count, long[] owners, long firstNumber) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into crm_account (id, version, created_at,"
                + " modified_at, owner_id, account_number, name, tax_id, phone, email, website, industry,"
                + " account_type, employees, bill_street, bill_city, bill_state, bill_country)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Colombia')")) {
            for (int i = 0; i < count; i++) {
                String word = pick(COMPANY_WORDS);
                String name = pick(COMPANY_KINDS) + " " + word + " " + pick(SURNAMES) + " " + pick(COMPANY_FORMS);
                String[] city = pick(CITIES);
                String domain = ascii(word + pick(SURNAMES)).toLowerCase(Locale.ROOT) + (i % 97) + ".example.co";
                insert.setLong(1, nextId++);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setLong(4, owners[random.nextInt(owners.length)]);
                insert.setString(5, "CTA-" + (firstNumber + i));
                insert.setString(6, name);
                insert.setString(7, nit(800_000_000 + i));
                insert.setString(8, "60" + (1 + random.nextInt(8)) + " " + (2_000_000 + random.nextInt(7_999_999)));
                insert.setString(9, "contacto@" + domain);
                insert.setString(10, "https://www." + domain);
                insert.setString(11, pick(INDUSTRIES));
                insert.setString(12, pick(ACCOUNT_TYPES));
                insert.setInt(13, 1 + random.nextInt(2_000));
                insert.setString(14, street());
                insert.setString(15, city[0]);
                insert.setString(16, city[1]);
                insert.addBatch();
                flush(insert, i);
            }
            insert.executeBatch();
        }
        db.commit();
        return nextId;
    }

    private long contacts(long nextId, int count, long[] owners, long firstAccount, int accounts, long firstNumber)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into crm_contact (id, version, created_at,"
                + " modified_at, owner_id, contact_number, salutation, first_name, last_name, title, department,"
                + " account_id, email, office_phone, mobile_phone, email_opt_out, do_not_call, portal_user,"
                + " mail_street, mail_city, mail_state, mail_country)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, false, ?, ?, ?, 'Colombia')")) {
            for (int i = 0; i < count; i++) {
                boolean female = random.nextBoolean();
                String first = female ? pick(FEMALE) : pick(MALE);
                String firstSurname = surname();
                String last = firstSurname + " " + surname();
                String[] city = pick(CITIES);
                insert.setLong(1, nextId++);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setLong(4, owners[random.nextInt(owners.length)]);
                insert.setString(5, "CON-" + (firstNumber + i));
                insert.setString(6, female ? (random.nextInt(5) == 0 ? "DR" : "MRS") : pick(SALUTATIONS));
                insert.setString(7, first);
                insert.setString(8, last);
                insert.setString(9, pick(TITLES));
                insert.setString(10, pick(DEPARTMENTS));
                insert.setLong(11, firstAccount + random.nextInt(accounts));
                insert.setString(
                        12,
                        (ascii(first) + "." + ascii(firstSurname) + (i % 1000)).toLowerCase(Locale.ROOT) + "@correo"
                                + (i % 50) + ".example.co");
                insert.setString(13, "60" + (1 + random.nextInt(8)) + " " + (2_000_000 + random.nextInt(7_999_999)));
                insert.setString(14, "3" + (10 + random.nextInt(40)) + " " + (1_000_000 + random.nextInt(8_999_999)));
                insert.setString(15, street());
                insert.setString(16, city[0]);
                insert.setString(17, city[1]);
                insert.addBatch();
                flush(insert, i);
            }
            insert.executeBatch();
        }
        db.commit();
        return nextId;
    }

    /** Surnames as they come in real lists: a few are very common, most are rarer. */
    private String surname() {
        int n = SURNAMES.length;
        int skewed = (int) (n * Math.pow(random.nextDouble(), 1.8));
        return SURNAMES[Math.min(n - 1, skewed)];
    }

    private void flush(PreparedStatement insert, int i) throws SQLException {
        if ((i + 1) % BATCH == 0) {
            insert.executeBatch();
        }
        if ((i + 1) % COMMIT == 0) {
            db.commit();
        }
    }

    /**
     * Moves the id sequence past the seeded ids (Derby cannot alter a sequence, so it is created
     * anew; the application takes ids in blocks of 50 ending at the value it returns) and the
     * record numbers past the seeded ones.
     */
    private void advance(long nextId, long nextAccount, long nextContact) throws SQLException {
        long start = ((nextId / 50) + 2) * 50;
        try (Statement s = db.createStatement()) {
            s.execute("drop sequence crm_seq restrict");
            s.execute("create sequence crm_seq as bigint start with " + start + " increment by 50");
            s.executeUpdate("update crm_number_sequence set next_value = " + nextAccount + " where module = 'ACCOUNT'");
            s.executeUpdate("update crm_number_sequence set next_value = " + nextContact + " where module = 'CONTACT'");
        }
        db.commit();
    }

    private long nextNumber(String module) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select next_value from crm_number_sequence where module = ?")) {
            s.setString(1, module);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long max(String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String street() {
        String[] kinds = {"Calle", "Carrera", "Avenida", "Diagonal", "Transversal"};
        return pick(kinds) + " " + (1 + random.nextInt(150)) + " # " + (1 + random.nextInt(120)) + "-"
                + (1 + random.nextInt(99));
    }

    /** A Colombian NIT with its DIAN check digit. */
    static String nit(long base) {
        int[] weights = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
        String digits = Long.toString(base);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(digits.length() - 1 - i) - '0') * weights[i];
        }
        int rest = sum % 11;
        int check = rest > 1 ? 11 - rest : rest;
        return digits + "-" + check;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
