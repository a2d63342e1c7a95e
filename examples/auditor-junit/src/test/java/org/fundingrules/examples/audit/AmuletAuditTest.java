package org.fundingrules.examples.audit;

import static org.fundingrules.assertions.FundingAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.trace.SubjectType;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An audit of the AMULET reference case (../amulet/case.json) as an auditor would write it: each test states one
 * finding with the figure, the rule and the article behind it. The case's budget, third parties and awards are
 * illustrative (see the case's notes); the figures below are what the rules make of them.
 */
class AmuletAuditTest {
    private static Evaluation amulet;

    @BeforeAll
    static void evaluate() throws Exception {
        amulet = FundingRules.packaged().evaluateJson(Files.readString(Path.of("../amulet/case.json")));
    }

    @Test
    void theOnlyBreachIsTheThirdPartyOverTheAnnexKCap() {
        assertThat(amulet).hasReferenceDate(LocalDate.of(2024, 8, 31))
                .isNonCompliant()
                .hasNonCompliantSubjectsExactly("tp-it-lightcomp");
    }

    @Test
    void lightCompReceivedEur4500MoreThanTheMaximumPerThirdParty() {
        // README:begin
        assertThat(amulet).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
                .isNonCompliant()
                .failedOn("fstp.cap_per_third_party")
                .cites("General Annex K, 5th element")
                .usedParameter("fstp.max_per_third_party", "60000.00")
                .failsBy(Money.of(4500, "EUR"))
                .figure("total awarded to this third party").isEqualTo(Money.of(64500, "EUR"));
        // README:end
    }

    @Test
    void theActionMeetsThe75PercentSmeShareInPlanAndInSpending() {
        assertThat(amulet).verdictFor(SubjectType.BUDGET, "planned").isCompliant()
                .decisiveCriterion().hasPassed()
                .cites("INNOSUP-01-2018-2020")
                .hasHeadroomAtLeast(Money.of(new BigDecimal("131588.12"), "EUR"))
                .figure("SME share").isEqualTo("77.6328").hasUnit("%");
        assertThat(amulet).verdictFor(SubjectType.BUDGET, "actual").isCompliant()
                .passed("budget.sme_share")
                .hasHeadroom(Money.of(16750, "EUR"))
                .figure("SME share").isAtLeast("75").isEqualTo("75.7388");
    }

    @Test
    void lightCompIsASmallAutonomousEnterpriseOnItsAggregatedFigures() {
        assertThat(amulet).verdictFor(SubjectType.ENTERPRISE, "ent-it-lightcomp").isCompliant()
                .passed("sme.enterprise_type")
                .cites("Annex Art. 3 and 6")
                .figure("aggregated staff (latest period)").isEqualTo("14").hasUnit("AWU");
        assertThat(amulet).verdictFor(SubjectType.ENTERPRISE, "ent-it-lightcomp")
                .decisiveCriterion().hasPassed()
                .figure("category").isEqualTo("SMALL");
        assertThat(amulet).verdictFor(SubjectType.ENTERPRISE, "ent-it-lightcomp")
                .passed("sme.ceiling.staff")
                .hasHeadroomAtLeast(new BigDecimal("236"), "AWU");
    }

    @Test
    void theSupportedSmesReportedWhatWasDueAndTheirTurnoverGrewByEur2160000() {
        // the indicators of the example are illustrative (examples/amulet/case.json, notes)
        assertThat(amulet).verdictFor(SubjectType.OPEN_CALL, "oc1").isCompliant()
                .passed("impact.reports.complete")
                .figure("reports received").isEqualTo("12");
        assertThat(amulet).verdictFor(SubjectType.ACTION, "H2020-INNOSUP-AMULET").isCompliant()
                .passed("impact.indicators")
                .cites("Expected Impact")
                .figure("turnover growth (latest turnover minus baseline)").isEqualTo(Money.of(2160000, "EUR"));
    }

    @Test
    void theTopicProvidesForSupportToThirdParties() {
        assertThat(amulet).verdictFor(SubjectType.ACTION, "H2020-INNOSUP-AMULET").isCompliant()
                .passed("fstp.topic_provides_fstp")
                .cites("General Annex K, first sentence")
                .cites("h2020_general_annex_k");
    }
}
