package org.enlace.crm.imports.boundary;

import java.io.Serializable;

/** How a file looks to be written (detected from its first bytes), for the user to confirm. */
public record CsvGuess(String encoding, char delimiter, boolean header, String dateFormat, char decimal)
        implements Serializable {}
