package org.enlace.crm.notification.control;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merge fields in templates: {@code {{contact.firstName}}}. A value merged into HTML is escaped;
 * one merged into a header (the subject) becomes one line. An unknown field is an error when the
 * template is saved; a known field without a value merges as empty.
 */
public final class Merge {

    static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*\\}\\}");

    private Merge() {}

    /** The first field the template uses that is not allowed, or a "{{" that opens no field. */
    public static Optional<String> unknownField(String template, Set<String> allowed) {
        if (template == null) {
            return Optional.empty();
        }
        Matcher m = FIELD.matcher(template);
        int from = 0;
        while (m.find()) {
            if (template.substring(from, m.start()).contains("{{")) {
                return Optional.of(broken(template, from));
            }
            if (!allowed.contains(m.group(1))) {
                return Optional.of(m.group(1));
            }
            from = m.end();
        }
        if (template.substring(from).contains("{{")) {
            return Optional.of(broken(template, from));
        }
        return Optional.empty();
    }

    private static String broken(String template, int from) {
        int at = template.indexOf("{{", from);
        return template.substring(at, Math.min(template.length(), at + 30));
    }

    /** The fields a template uses, in order. */
    public static Set<String> fields(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(template == null ? "" : template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public static String html(String template, Map<String, String> values) {
        return merge(template, values, Merge::escape);
    }

    public static String text(String template, Map<String, String> values) {
        return merge(template, values, UnaryOperator.identity());
    }

    /** For a header: merged values lose their line breaks, so a value can never add a header. */
    public static String line(String template, Map<String, String> values) {
        return merge(template, values, Merge::oneLine);
    }

    public static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]+", " ");
    }

    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String merge(String template, Map<String, String> values, UnaryOperator<String> encode) {
        if (template == null) {
            return "";
        }
        Matcher m = FIELD.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : encode.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
