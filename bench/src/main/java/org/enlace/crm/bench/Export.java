package org.enlace.crm.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

/**
 * The export benchmark: signs in as the administrator, opens the Contactos list and presses
 * "Exportar a CSV" (every contact), reads the streamed CSV to its end, and prints the rows, the
 * time, rows per second and the server's resident memory before and at its peak.
 * Usage: Export <base url> <username> <password file> <server pid>
 */
public final class Export {

    private Export() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        HttpClient client =
                Load.login(base, args[1], Files.readString(Path.of(args[2])).strip());
        long pid = Long.parseLong(args[3]);
        for (int run = 1; run <= Integer.parseInt(System.getProperty("runs", "2")); run++) {
            HttpResponse<String> list = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/crm/contact/list.xhtml"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher state = Load.VIEW_STATE.matcher(list.body());
            if (!state.find()) {
                throw new IllegalStateException("No view state in the Contactos list");
            }
            String form = "list=list&" + URLEncoder.encode("list:table:exportAll", StandardCharsets.UTF_8) + "="
                    + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
            long[] before = Load.memory(pid);
            long start = System.nanoTime();
            HttpResponse<InputStream> csv = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/crm/contact/list.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long lines = 0;
            long chars = 0;
            String first = null;
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(csv.body(), StandardCharsets.UTF_8), 1 << 16)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (first == null) {
                        first = line;
                    }
                    lines++;
                    chars += line.length();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] after = Load.memory(pid);
            String type = csv.headers().firstValue("Content-Type").orElse("?");
            if (!type.startsWith("text/csv") || first == null || !first.startsWith("\uFEFF")) {
                throw new IllegalStateException("Not a CSV with a BOM: " + type + " " + first);
            }
            long rows = lines - 1;
            System.out.printf(
                    "run %d: %,d rows (%,d MB of text) in %.1f s: %,.0f rows/s; server RSS %,d MB before, %,d MB after,"
                            + " peak %,d MB%n",
                    run,
                    rows,
                    chars / 1_000_000,
                    seconds,
                    rows / seconds,
                    before[0] / 1024,
                    after[0] / 1024,
                    after[1] / 1024);
        }
    }
}
