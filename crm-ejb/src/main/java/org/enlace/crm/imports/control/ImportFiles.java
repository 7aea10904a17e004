package org.enlace.crm.imports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where uploaded files wait for and during their import: imports/ in the CRM's data folder
 * (crm.data.dir, set by config/), else in the temporary folder. Names are generated, never the
 * user's, so no upload can reach outside the folder.
 */
public final class ImportFiles {

    private static final Pattern STORED = Pattern.compile("\\d+-[0-9a-f-]{36}\\.csv");

    private ImportFiles() {}

    public static Path folder() {
        String data = System.getProperty("crm.data.dir");
        Path folder = data == null || data.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "enlace-crm-imports")
                : Path.of(data, "imports");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** The stored file of that name; refuses names the CRM did not generate. */
    public static Path of(String storedName) {
        if (storedName == null || !STORED.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored import file: " + storedName);
        }
        return folder().resolve(storedName);
    }

    /** Whether the stored name was generated for that user's upload. */
    public static boolean belongsTo(String storedName, long userId) {
        return storedName != null && STORED.matcher(storedName).matches() && storedName.startsWith(userId + "-");
    }
}
