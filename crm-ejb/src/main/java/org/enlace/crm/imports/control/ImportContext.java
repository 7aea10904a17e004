package org.enlace.crm.imports.control;

import org.enlace.crm.imports.boundary.ImportSettings;

/** What the reader sets up for the step's processor and writer: the import, its settings, the row mapper. */
public record ImportContext(long importId, String username, ImportSettings settings, RowMapper mapper) {}
