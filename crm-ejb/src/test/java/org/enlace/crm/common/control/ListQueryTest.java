package org.enlace.crm.common.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    /** The database's collation: territory es_CO, strength PRIMARY (see config/). */
    private static final Collator SPANISH = spanish();

    private static Collator spanish() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("es-CO"));
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }

    private static final List<String> NAMES = List.of(
            "García López",
            "GARCÍA",
            "Gárcia",
            "Núñez",
            "Nuñez",
            "Ñustes",
            "O'Brien",
            "D'Alessandro Ortiz",
            "de la Torre",
            "Zúñiga~",
            "Müller",
            "李 Wei",
            "Ávila 😀",
            "ÿ",
            "Zzzz",
            "Íñiguez-Pérez",
            "a_b%c",
            "1234");

    @Test
    void everyNameStartingWithTheTextFallsInsideTheSearchRange() {
        for (String name : NAMES) {
            for (int length = 1; length <= name.length(); length++) {
                if (Character.isHighSurrogate(name.charAt(length - 1))) {
                    continue; // nobody types half a character
                }
                String typed = name.substring(0, length);
                for (String text : List.of(typed, typed.toLowerCase(Locale.ROOT), typed.toUpperCase(Locale.ROOT))) {
                    assertThat(SPANISH.compare(name, text))
                            .as("%s >= %s", name, text)
                            .isGreaterThanOrEqualTo(0);
                    assertThat(SPANISH.compare(name, text + ListQuery.HIGHEST))
                            .as("%s < %s + highest", name, text)
                            .isNegative();
                }
            }
        }
    }

    @Test
    void theRangeLeavesOutWhatDoesNotStartWithTheText() {
        assertThat(SPANISH.compare("Gas", "Gar" + ListQuery.HIGHEST)).isPositive();
        assertThat(SPANISH.compare("Ñustes", "Nu" + ListQuery.HIGHEST)).isPositive(); // ñ is a letter of its own
        assertThat(SPANISH.compare("Gabriel", "Gar")).isNegative();
    }

    @Test
    void theQuickSearchTellsEmailsAndRecordNumbersFromNames() {
        assertThat(ListQuery.EMAIL).accepts("ana@", "ana.rios@example.com").rejects("Ana Ríos");
        assertThat(ListQuery.RECORD_NUMBER)
                .accepts("CON-12", "con-", "CTA-1")
                .rejects("García", "Ríos-Pérez", "CON-1a");
    }

    @Test
    void theUsersWildcardsAreSearchedAsText() {
        assertThat(ListQuery.prefix(" 50%_off\\ ")).isEqualTo("50\\%\\_off\\\\%");
    }
}
