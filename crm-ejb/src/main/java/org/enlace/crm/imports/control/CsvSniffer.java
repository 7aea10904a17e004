package org.enlace.crm.imports.control;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.enlace.crm.imports.boundary.CsvGuess;

/**
 * Guesses how a CSV file is written from its first bytes: encoding (a UTF-8 BOM, else valid UTF-8,
 * else Windows-1252, which also reads ISO-8859-1 text), delimiter (the one that splits the
 * first lines into the same number of cells, more than one), header row (a first row of names
 * that are not dates or numbers), date format and decimal separator (from the values). The user
 * confirms or changes each guess before the import starts.
 */
public final class CsvSniffer {

    /** How much of the file is looked at. */
    public static final int SAMPLE = 64 * 1024;

    public static final List<String> DATE_FORMATS = List.of("dd/MM/yyyy", "yyyy-MM-dd", "MM/dd/yyyy");

    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+|-?\\d+,\\d{1,2}");
    private static final Pattern POINT_DECIMAL = Pattern.compile("-?\\d{1,3}(,\\d{3})*\\.\\d+|-?\\d+\\.\\d{1,2}");
    private static final Pattern NUMBER = Pattern.compile("-?[\\d.,]+");

    private CsvSniffer() {}

    public static CsvGuess guess(byte[] sample) {
        String encoding = encoding(sample);
        String text = new String(sample, Charset.forName(encoding));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (sample.length >= SAMPLE) { // the last line may be cut
            int end = text.lastIndexOf('\n');
            if (end > 0) {
                text = text.substring(0, end);
            }
        }
        char delimiter = delimiter(text);
        List<List<String>> rows = read(text, delimiter, 200);
        boolean header = !rows.isEmpty() && rows.get(0).stream().allMatch(CsvSniffer::looksLikeName);
        List<String> values = new ArrayList<>();
        for (int i = header ? 1 : 0; i < rows.size(); i++) {
            values.addAll(rows.get(i));
        }
        return new CsvGuess(encoding, delimiter, header, dateFormat(values), decimal(values, delimiter));
    }

    static String encoding(byte[] sample) {
        if (sample.length >= 3
                && (sample[0] & 0xFF) == 0xEF
                && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF) {
            return "UTF-8";
        }
        int length = sample.length;
        if (length >= SAMPLE) { // do not judge a character cut at the end of the sample
            while (length > 0 && length > sample.length - 4 && (sample[length - 1] & 0xC0) == 0x80) {
                length--;
            }
            if (length > 0 && (sample[length - 1] & 0xC0) == 0xC0) {
                length--;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample, 0, length));
            return "UTF-8";
        } catch (CharacterCodingException e) {
            return "windows-1252";
        }
    }

    static char delimiter(String text) {
        char best = ',';
        int bestScore = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            List<List<String>> rows = read(text, candidate, 50);
            if (rows.isEmpty()) {
                continue;
            }
            int cells = rows.get(0).size();
            if (cells < 2) {
                continue;
            }
            long same = rows.stream().filter(r -> r.size() == cells).count();
            // most rows with the first row's count, then most cells
            int score = (int) (same * 1000 / rows.size()) * 100 + Math.min(cells, 99);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** The first rows of the text as cells. */
    public static List<List<String>> read(String text, char delimiter, int max) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = builder(delimiter).ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                rows.add(record.getFields());
                if (rows.size() >= max) {
                    break;
                }
            }
        } catch (Exception broken) {
            // a quote left open at the sample's end: the rows read so far are enough for a guess
        }
        return rows;
    }

    /** The CSV reader every import uses: quoted cells may hold delimiters and line breaks. */
    public static CsvReader.CsvReaderBuilder builder(char delimiter) {
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .detectBomHeader(true)
                .trimWhitespacesAroundQuotes(true);
    }

    private static boolean looksLikeName(String cell) {
        String value = cell.strip();
        return !value.isEmpty()
                && !DATE_LIKE.matcher(value).matches()
                && !NUMBER.matcher(value).matches()
                && value.indexOf('@') < 0;
    }

    static String dateFormat(Collection<String> values) {
        for (String format : DATE_FORMATS) {
            // a value only this format reads (a day above 12) settles it
            boolean any = false;
            boolean all = true;
            for (String value : values) {
                String v = value.strip();
                if (!DATE_LIKE.matcher(v).matches()) {
                    continue;
                }
                any = true;
                if (parseDate(v, format) == null) {
                    all = false;
                    break;
                }
            }
            if (any && all) {
                return format;
            }
        }
        return DATE_FORMATS.get(0);
    }

    static char decimal(Collection<String> values, char delimiter) {
        int comma = 0;
        int point = 0;
        for (String value : values) {
            String v = value.strip();
            if (DATE_LIKE.matcher(v).matches()) {
                continue;
            }
            if (COMMA_DECIMAL.matcher(v).matches()) {
                comma++;
            } else if (POINT_DECIMAL.matcher(v).matches()) {
                point++;
            }
        }
        if (comma == point) {
            return delimiter == ';' ? ',' : '.';
        }
        return comma > point ? ',' : '.';
    }

    /** A date in the given format, or null; two-digit days and months may be written with one. */
    public static LocalDate parseDate(String value, String format) {
        String pattern = format.replace("dd", "d").replace("MM", "M").replace("yyyy", "uuuu");
        try {
            return LocalDate.parse(
                    value.strip(),
                    DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A header or field name reduced for comparing: no case, accents, spaces or punctuation. */
    public static String simplify(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * The field suggested for each header: the field whose key or one of whose names (in any
     * language) reads the same once simplified; each field at most once; null for none.
     */
    public static List<String> suggest(List<String> headers, Map<String, List<String>> namesOfFields) {
        List<String> suggested = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (String header : headers) {
            String plain = simplify(header);
            String found = null;
            for (Map.Entry<String, List<String>> field : namesOfFields.entrySet()) {
                if (taken.contains(field.getKey()) || plain.isEmpty()) {
                    continue;
                }
                boolean same = simplify(field.getKey()).equals(plain)
                        || field.getValue().stream().anyMatch(n -> simplify(n).equals(plain));
                if (same) {
                    found = field.getKey();
                    break;
                }
            }
            if (found != null) {
                taken.add(found);
            }
            suggested.add(found);
        }
        return suggested;
    }
}
