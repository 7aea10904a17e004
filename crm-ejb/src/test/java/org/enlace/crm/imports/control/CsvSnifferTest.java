package org.enlace.crm.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.enlace.crm.imports.boundary.CsvGuess;
import org.junit.jupiter.api.Test;

class CsvSnifferTest {

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    @Test
    void encodingsAreToldApart() {
        String text = "Nombre;Ciudad\nJosé;Bogotá\n";
        assertThat(CsvSniffer.guess(bytes(text, StandardCharsets.UTF_8)).encoding())
                .isEqualTo("UTF-8");
        byte[] bom = bytes("\uFEFF" + text, StandardCharsets.UTF_8);
        CsvGuess withBom = CsvSniffer.guess(bom);
        assertThat(withBom.encoding()).isEqualTo("UTF-8");
        assertThat(CsvSniffer.read(new String(bom, StandardCharsets.UTF_8).substring(1), ';', 1)
                        .get(0))
                .containsExactly("Nombre", "Ciudad");
        assertThat(CsvSniffer.guess(bytes(text, Charset.forName("windows-1252")))
                        .encoding())
                .isEqualTo("windows-1252");
        assertThat(CsvSniffer.guess(bytes(text, StandardCharsets.ISO_8859_1)).encoding())
                .as("Latin-1 text reads the same as Windows-1252")
                .isEqualTo("windows-1252");
    }

    @Test
    void aCharacterCutAtTheEndOfTheSampleIsNotTakenForAnotherEncoding() {
        StringBuilder text = new StringBuilder("Nombre,Ciudad\n");
        while (text.length() < CsvSniffer.SAMPLE) {
            text.append("José,Bogotá\n");
        }
        byte[] all = bytes(text.toString(), StandardCharsets.UTF_8);
        byte[] sample = java.util.Arrays.copyOf(all, CsvSniffer.SAMPLE);
        assertThat(CsvSniffer.guess(sample).encoding()).isEqualTo("UTF-8");
    }

    @Test
    void delimitersHeadersDatesAndDecimalsAreGuessed() {
        CsvGuess semicolons = CsvSniffer.guess(bytes(
                "Nombre;Fecha;Valor\n\"López; Ana\";31/12/2026;1.234,50\nRuiz;01/02/2026;12,5\n",
                StandardCharsets.UTF_8));
        assertThat(semicolons.delimiter()).isEqualTo(';');
        assertThat(semicolons.header()).isTrue();
        assertThat(semicolons.dateFormat()).isEqualTo("dd/MM/yyyy");
        assertThat(semicolons.decimal()).isEqualTo(',');

        CsvGuess commas =
                CsvSniffer.guess(bytes("Ana,2026-12-31,1234.50\nLuis,2026-01-02,7.25\n", StandardCharsets.UTF_8));
        assertThat(commas.delimiter()).isEqualTo(',');
        assertThat(commas.header()).as("a first row of values is no header").isFalse();
        assertThat(commas.dateFormat()).isEqualTo("yyyy-MM-dd");
        assertThat(commas.decimal()).isEqualTo('.');

        CsvGuess tabs =
                CsvSniffer.guess(bytes("Name\tSince\nAna\t12/31/2026\nLuis\t1/2/2026\n", StandardCharsets.UTF_8));
        assertThat(tabs.delimiter()).isEqualTo('\t');
        assertThat(tabs.dateFormat()).as("a month of 31 settles it").isEqualTo("MM/dd/yyyy");
    }

    @Test
    void quotedCellsKeepDelimitersQuotesAndLineBreaks() {
        List<List<String>> rows = CsvSniffer.read("a,\"b, \"\"c\"\"\nd\",e\nf,g,h\n", ',', 10);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("a", "b, \"c\"\nd", "e");
        assertThat(rows.get(1)).containsExactly("f", "g", "h");
    }

    @Test
    void datesAreReadStrictly() {
        assertThat(CsvSniffer.parseDate("9/3/2026", "dd/MM/yyyy")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(CsvSniffer.parseDate("31/02/2026", "dd/MM/yyyy")).isNull();
        assertThat(CsvSniffer.parseDate("2026-02-28", "yyyy-MM-dd")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(CsvSniffer.parseDate("ayer", "dd/MM/yyyy")).isNull();
    }

    @Test
    void headersSuggestFieldsInEitherLanguageEachFieldOnce() {
        Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        names.put("firstName", List.of("Nombre", "First name"));
        names.put("lastName", List.of("Apellidos", "Last name"));
        names.put("email", List.of("Correo electrónico", "Email"));
        names.put("account.name", List.of("Cuenta", "Account"));
        assertThat(CsvSniffer.suggest(
                        List.of("FIRST NAME", "apellidos", "Correo Electronico", "email", "Teléfono", "account"),
                        names))
                .containsExactly("firstName", "lastName", "email", null, null, "account.name");
    }
}
