package org.fundingrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundingrules.bench.LawParameters;
import org.fundingrules.model.AidForm;
import org.fundingrules.model.GgeMethod;
import org.junit.jupiter.api.Test;

/** The safe-harbour gross grant equivalent (decision SA-9): its parameters and its arithmetic. */
class GgeFactsTest {
    private static final LawParameters LAW = LawParameters.packaged();
    private static final String GGE = "state_aid.de_minimis.gge.";

    @Test
    void theCeilingWhoseProportionIsTakenIsTheCeilingOfTheRegulationInForceOnEveryDay() {
        for (LocalDate d = LocalDate.of(2014, 1, 1); !d.isAfter(LocalDate.of(2030, 12, 31)); d = d.plusDays(1)) {
            boolean old = d.isBefore(LocalDate.of(2024, 1, 1));
            BigDecimal ceiling = LAW.amount(old ? "state_aid.de_minimis_1407.ceiling" : "state_aid.de_minimis_2831.ceiling", d);
            assertThat(LAW.amount(GGE + "ceiling", d)).as("%s", d).isEqualByComparingTo(ceiling);
            if (old) {
                assertThat(LAW.amount(GGE + "ceiling_road_freight", d)).as("%s", d)
                        .isEqualByComparingTo(LAW.amount("state_aid.de_minimis_1407.ceiling_road_freight", d));
            } else {
                assertThat(LAW.at(GGE + "ceiling_road_freight", d)).as("%s", d).isNull();
            }
        }
    }

    @Test
    void aLoanAtTheLimitsUsesTheWholeCeilingAndTheCommissionsOneYearExampleGivesAFifth() {
        LocalDate d = LocalDate.of(2022, 5, 1);
        assertThat(gge(AidForm.LOAN, "1000000.00", 60, d)).isEqualByComparingTo("200000.00");
        assertThat(gge(AidForm.LOAN, "500000.00", 120, d)).isEqualByComparingTo("200000.00");
        // EUR 1 000 000 for one year: a fifth of the ceiling, EUR 40 000
        assertThat(gge(AidForm.LOAN, "1000000.00", 12, d)).isEqualByComparingTo("40000.00");
        assertThat(gge(AidForm.GUARANTEE, "2250000.00", 60, LocalDate.of(2024, 3, 1))).isEqualByComparingTo("300000.00");
    }

    @Test
    void withinTheLimitsTheGrossGrantEquivalentNeverExceedsTheCeilingAndGrowsWithAmountAndDuration() {
        qt().forAll(longs().between(1, 100_000_000L), integers().between(1, 120), integers().between(0, 1))
                .checkAssert((cents, months, form) -> {
                    LocalDate d = LocalDate.of(2025, 2, 1);
                    AidForm f = form == 0 ? AidForm.LOAN : AidForm.GUARANTEE;
                    String band = months <= 60 ? "short" : "long";
                    BigDecimal max = LAW.amount(GGE + f.name().toLowerCase() + "_" + band + "_amount", d);
                    BigDecimal amount = BigDecimal.valueOf(cents, 2).min(max);
                    BigDecimal g = gge(f, amount.toPlainString(), months, d);
                    assertThat(g).isLessThanOrEqualTo(LAW.amount(GGE + "ceiling", d)).isNotNegative();
                    if (months < 120 && (months != 60)) {
                        assertThat(gge(f, amount.toPlainString(), months + 1, d)).isGreaterThanOrEqualTo(g);
                    }
                });
    }

    private static BigDecimal gge(AidForm form, String amount, int months, LocalDate grant) {
        String f = form.name().toLowerCase();
        var t = new GgeFacts.AidTermsFact("a1", "e1", form, GgeMethod.SAFE_HARBOUR, new BigDecimal(amount), null,
                months, null, false, false, null, grant, "$.x");
        var l = new GgeFacts.SafeHarbourLimits("a1", LAW.at(GGE + f + "_short_amount", grant),
                LAW.at(GGE + f + "_long_amount", grant), LAW.at(GGE + "short_months", grant),
                LAW.at(GGE + "long_months", grant), LAW.at(GGE + "ceiling", grant));
        boolean shortBand = months <= l.shortMonths().amount().intValueExact();
        return GgeFacts.AidGge.safeHarbour(t, l, shortBand ? l.shortAmount() : l.longAmount(),
                shortBand ? l.shortMonths() : l.longMonths()).eur();
    }
}
