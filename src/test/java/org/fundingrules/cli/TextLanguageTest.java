package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code evaluate --format text --lang}: the AMULET example's statements, reasons and summaries in French. */
class TextLanguageTest {
    private static final String CASE = "examples/amulet/case.json";

    @Test
    void frenchTextHasFrenchStatementsReasonsAndSummaries() {
        CliRun r = CliRun.run("evaluate", CASE, "--format", "text", "--lang", "fr");

        assertThat(r.code()).isEqualTo(Main.NOT_COMPLIANT);
        assertThat(r.out())
                .contains("      L'appel fixe les objectifs et les résultats à obtenir\n")
                .contains("      Le soutien financier à ce tiers, cumulé sur tous les appels ouverts de l'action, ne "
                        + "dépasse pas le montant maximal par tiers\n")
                .contains("      why: dépassement de EUR 4 500.00 du plafond « montant maximal par tiers (par défaut) » "
                        + ": EUR 64 500.00 > EUR 60 000.00\n")
                .contains("COMPLIANT  ACTION H2020-INNOSUP-AMULET  -- les 21 critères sont remplis\n")
                .contains("soutient directement l'innovation dans les PME")
                .doesNotContain("The call fixes the objectives")
                .doesNotContain("criteria pass");
    }

    @Test
    void englishIsTheDefaultAndTheSameAsLangEn() {
        CliRun byDefault = CliRun.run("evaluate", CASE, "--format", "text");
        CliRun en = CliRun.run("evaluate", CASE, "--format", "text", "--lang", "en");

        assertThat(byDefault.out()).contains("      The call fixes the objectives and the results to be obtained\n")
                .contains("      why: EUR 4 500.00 over the maximum per third party (default): EUR 64 500.00 > "
                        + "EUR 60 000.00\n");
        assertThat(en.out()).isEqualTo(byDefault.out());
    }

    @Test
    void aLanguageNotShippedIsAUsageError() {
        CliRun r = CliRun.run("evaluate", CASE, "--format", "text", "--lang", "de");

        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("--lang must be one of en, fr, not 'de'");
        assertThat(r.out()).isEmpty();
    }
}
