package org.enlace.crm.common.entity;

/** How free text from forms and imports is stored: trimmed, and empty as null. */
public final class Text {

    private Text() {}

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
