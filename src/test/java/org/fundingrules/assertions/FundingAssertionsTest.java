package org.fundingrules.assertions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundingrules.assertions.FundingAssertions.assertThat;

import java.math.BigDecimal;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.TestCases;
import org.fundingrules.trace.SubjectType;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The kit on the AMULET evaluation: assertions that hold pass, and those that do not fail quoting the trace. */
class FundingAssertionsTest {
    private static final Evaluation AMULET = TestCases.RULES.evaluateJson(TestCases.amuletJson());

    @Test
    void theOverCapThirdPartyPassesEveryTrueAssertion() {
        assertThat(AMULET).isNonCompliant().hasNonCompliantSubjectsExactly("tp-it-lightcomp")
                .verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .isNonCompliant()
                .hasSummaryContaining("EUR 4 500.00 over")
                .failedOn("fstp.cap_per_third_party")
                .cites("Annex K").cites("Art. 23(7)").cites("h2020_general_annex_k")
                .usedParameter("fstp.max_per_third_party", "60000.00")
                .hasReadInput("$.awards[?(@.id=='aw-oc2-p01-lightcomp-fs')].amount.amount")
                .failsBy(Money.of(4500, "EUR"))
                .hasHeadroom(Money.of(-4500, "EUR"))
                .figure("total awarded to this third party").isEqualTo("64500").isEqualTo(Money.of(64500, "EUR"))
                .isAtLeast("64500.00").isAtMost("64500.000").hasUnit("EUR");
    }

    @Test
    void theShareOfTheBudgetHasItsExactHeadroom() {
        // 3 880 000.00 - 75 % of 4 997 882.50 = 131 588.125: exact here, the trace's figure rounds down to the cent
        assertThat(AMULET).verdictFor(SubjectType.BUDGET, "planned").isCompliant()
                .decisiveCriterion().hasPassed().isDecisive()
                .hasHeadroom(Money.of(new BigDecimal("131588.125"), "EUR"))
                .hasHeadroomAtLeast(Money.of(new BigDecimal("131588.12"), "EUR"))
                .figure("SME share").isEqualTo("77.6328").hasUnit("%");
        assertThat(AMULET).verdictFor(SubjectType.BUDGET, "planned").criterion("budget.sme_share")
                .figure("headroom").isEqualTo(Money.of(new BigDecimal("131588.12"), "EUR"));
    }

    @Test
    void headroomInOtherUnits() {
        assertThat(AMULET).verdictFor(SubjectType.ENTERPRISE, "ent-it-lightcomp").passed("sme.ceiling.staff")
                .hasHeadroomAtLeast(new BigDecimal("236"), "AWU");
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.ENTERPRISE, "ent-it-lightcomp")
                .passed("sme.ceiling.staff").hasHeadroomAtLeast(new BigDecimal("237"), "AWU"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a headroom of at least 237 AWU on sme.ceiling.staff but it is 236 AWU")
                .hasMessageContaining("test: 14 AWU < 250 AWU (holds)");
    }

    @Test
    void aWrongOutcomeQuotesTheFailedCriterion() {
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .isCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected THIRD_PARTY tp-it-lightcomp to be COMPLIANT but it is NON_COMPLIANT")
                .hasMessageContaining("[FAIL] fstp.cap_per_third_party (General Annex K, 5th element; "
                        + "Reg. 1290/2013 Art. 23(7)): EUR 4 500.00 over the maximum per third party");
    }

    @Test
    void aRuleThatDidNotFailIsNamedWithWhatDid() {
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .failedOn("fstp.recipient_not_beneficiary"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have failed on fstp.recipient_not_beneficiary but no criterion")
                .hasMessageContaining("[PASS] fstp.recipient_not_beneficiary")
                .hasMessageContaining("[FAIL] fstp.cap_per_third_party");
    }

    @Test
    void aWrongCitationQuotesTheStatementTestAndReason() {
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .failedOn("fstp.cap_per_third_party").cites("Art. 107 TFEU"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected fstp.cap_per_third_party to cite \"Art. 107 TFEU\" but it cites "
                        + "h2020_general_annex_k, General Annex K, 5th element")
                .hasMessageContaining("in THIRD_PARTY tp-it-lightcomp: NON_COMPLIANT")
                .hasMessageContaining("statement: The financial support to this third party, summed over every open "
                        + "call of the action, does not exceed the maximum per third party")
                .hasMessageContaining("test: EUR 64 500.00 <= EUR 60 000.00 (does not hold)")
                .hasMessageContaining("reason: EUR 4 500.00 over the maximum per third party")
                .hasMessageContaining("parameter: fstp.max_per_third_party = 60000.00 EUR");
    }

    @Test
    void aWrongFigureOrMarginSaysWhatTheTraceHas() {
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .failedOn("fstp.cap_per_third_party").figure("total awarded to this third party").isEqualTo("64500.01"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the figure \"total awarded to this third party\" of "
                        + "fstp.cap_per_third_party to be 64500.01 but it is 64500.00 EUR");
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .failedOn("fstp.cap_per_third_party").figure("aggregated staff"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have the figure \"aggregated staff\" but its figures are "
                        + "\"maximum per third party (default)\", \"total awarded to this third party\"");
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .failedOn("fstp.cap_per_third_party").failsBy(Money.of(new BigDecimal("4500.01"), "EUR")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to fail its test by 4500.01 EUR but it fails by 4500.00");
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.BUDGET, "planned")
                .decisiveCriterion().hasHeadroomAtLeast(Money.of(200000, "EUR")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a headroom of at least 200000 EUR on budget.sme_share but it is 131588.1250")
                .hasMessageContaining("figure: SME share = 77.6328 %");
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.BUDGET, "planned")
                .decisiveCriterion().failsBy(Money.of(1, "EUR")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but the test holds");
    }

    @Test
    void marginsNeedATestOfTwoQuantities() {
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .passed("fstp.recipient_not_beneficiary").hasHeadroomAtLeast(Money.of(0, "EUR")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to compare two quantities but its test is a check described by its statement");
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .failedOn("fstp.cap_per_third_party").hasHeadroomAtLeast(Money.of(0, "CHF")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be in CHF but it is in EUR");
    }

    @Test
    void evaluationLevelFailuresListWhatIsThere() {
        assertThatThrownBy(() -> assertThat(AMULET).verdictFor(SubjectType.THIRD_PARTY, "tp-xx-nobody"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a verdict on THIRD_PARTY tp-xx-nobody but the evaluation has none")
                .hasMessageContaining("tp-de-kerambau, tp-es-alutec, tp-it-lightcomp");
        assertThatThrownBy(() -> assertThat(AMULET).hasNonCompliantSubjectsExactly("tp-it-lightcomp", "oc1"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected exactly [oc1, tp-it-lightcomp] to be non-compliant but "
                        + "[tp-it-lightcomp] are")
                .hasMessageContaining("THIRD_PARTY tp-it-lightcomp: NON_COMPLIANT");
        assertThatThrownBy(() -> assertThat(AMULET).isCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the evaluation to be COMPLIANT but it is NON_COMPLIANT");
    }

    @Test
    void messagesKeepPercentSignsAndTheAuditorsDescription() {
        assertThatThrownBy(() -> assertThat(AMULET).as("AMULET audit").verdictFor(SubjectType.BUDGET, "actual")
                .isNonCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[AMULET audit] Expected BUDGET actual to be NON_COMPLIANT but it is COMPLIANT")
                .hasMessageContaining("75.7388 %: EUR 16 750.00 could move");
        assertThatThrownBy(() -> assertThat(AMULET).as("AMULET audit").verdictFor(SubjectType.BUDGET, "actual")
                .decisiveCriterion().figure("SME share").isAtLeast("80"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[AMULET audit] Expected the figure \"SME share\" of budget.sme_share to be at "
                        + "least 80 but it is 75.7388 %");
    }
}
