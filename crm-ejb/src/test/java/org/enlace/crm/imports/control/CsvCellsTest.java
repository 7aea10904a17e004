package org.enlace.crm.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void everyFormulaStartIsNeutralisedAlsoAfterLeadingSpaces() {
        for (String risky : new String[] {
            "=1+1",
            "+57 300 123 4567",
            "-5",
            "@SUM(A1:A9)",
            "\t=cmd",
            "\r=cmd",
            "\0x",
            "\n=x",
            "   =HYPERLINK(\"http://x\")",
            " +1",
            "=",
            "-"
        }) {
            assertThat(CsvCells.neutralise(risky)).as(risky).isEqualTo("'" + risky);
        }
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        for (String plain : new String[] {
            "Ana María", "Ferretería El Tornillo S.A.S.", "a=b", "1-2", "ana@example.com", "", "   ", "'ya"
        }) {
            assertThat(CsvCells.neutralise(plain)).as(plain).isEqualTo(plain);
        }
        assertThat(CsvCells.neutralise(null)).isNull();
    }
}
