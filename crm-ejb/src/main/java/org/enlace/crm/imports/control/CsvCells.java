package org.enlace.crm.imports.control;

/**
 * Cells a spreadsheet will not run: a text that starts, after any leading spaces, with one of
 * {@code = + - @}, a tab, CR or NUL would be taken for a formula by Excel, LibreOffice or Google
 * Sheets (CSV injection); it is written with a leading apostrophe, which they show as text.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int i = 0;
        while (i < value.length() && value.charAt(i) == ' ') {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        char first = value.charAt(i);
        boolean risky = first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\0'
                || first == '\n';
        return risky ? "'" + value : value;
    }
}
