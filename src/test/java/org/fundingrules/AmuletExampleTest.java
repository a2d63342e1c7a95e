package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Verdict;

/**
 * The AMULET reference example against its expected output. To regenerate the expected file after a deliberate
 * change: {@code mvn test -Dtest=AmuletExampleTest -Dfundingrules.updateExpected=true}, then review the diff.
 */
class AmuletExampleTest {
    private static final Path EXPECTED = Path.of("examples/amulet/expected.json");

    private static Evaluation evaluate() {
        return TestCases.RULES.evaluateJson(TestCases.amuletJson());
    }

    /** The output with the two fields that change on every release or rule edit replaced by placeholders. */
    static String stable(String json) {
        return json.replaceAll("\"libraryVersion\" : \"[^\"]*\"", "\"libraryVersion\" : \"*\"")
                .replaceAll("\"ruleSetDigest\" : \"sha256:[0-9a-f]{64}\"", "\"ruleSetDigest\" : \"*\"");
    }

    /**
     * The evaluation, version and rule-set digest masked, equals the example's expected file; with
     * {@code -Dfundingrules.updateExpected=true} the file is rewritten first.
     */
    static void matchesExpected(Evaluation evaluation, Path expected) throws java.io.IOException {
        String actual = stable(FundingJson.write(evaluation));
        if (Boolean.getBoolean("fundingrules.updateExpected")) {
            Files.writeString(expected, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
    }

    @Test
    void outputMatchesTheExpectedFile() throws Exception {
        matchesExpected(evaluate(), EXPECTED);
    }

    @Test
    void theOverCapAwardIsNonCompliantCitingAnnexK() {
        Evaluation e = evaluate();
        assertThat(e.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(e.referenceDate()).hasToString("2024-08-31");
        assertThat(e.ruleSetDigest()).matches("sha256:[0-9a-f]{64}").isEqualTo(TestCases.RULES.digest());
        assertThat(e.inputDigest()).matches("sha256:[0-9a-f]{64}");

        Verdict lightcomp = e.verdict(SubjectType.THIRD_PARTY, "tp-it-lightcomp").orElseThrow();
        assertThat(lightcomp.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        Criterion cap = lightcomp.criteria().stream().filter(c -> c.ruleId().equals("fstp.cap_per_third_party"))
                .findFirst().orElseThrow();
        assertThat(cap.outcome()).isEqualTo(CriterionOutcome.FAIL);
        assertThat(cap.source()).isEqualTo("h2020_general_annex_k");
        assertThat(cap.article()).contains("General Annex K");
        assertThat(cap.reason()).startsWith("EUR 4 500.00 over the maximum per third party");
        assertThat(cap.figures()).extracting(f -> f.name() + "=" + f.value())
                .contains("total awarded to this third party=64500.00", "maximum per third party (default)=60000.00");
        assertThat(cap.parameters()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("fstp.max_per_third_party");
            assertThat(p.value()).isEqualTo("60000.00");
            assertThat(p.validFrom()).hasToString("2014-01-01");
        });
        assertThat(cap.inputs()).extracting(i -> i.path()).containsExactly(
                "$.awards[?(@.id=='aw-oc1-p01-lightcomp-demo')].amount.amount",
                "$.awards[?(@.id=='aw-oc1-p01-lightcomp-fs')].amount.amount",
                "$.awards[?(@.id=='aw-oc2-p01-lightcomp-fs')].amount.amount");

        // every other verdict is compliant: the example breaks exactly one rule
        assertThat(e.verdicts()).filteredOn(v -> v.outcome() != Outcome.COMPLIANT)
                .extracting(v -> v.subject().id()).containsExactly("tp-it-lightcomp");
    }

    @Test
    void theSmeShareShowsNumeratorDenominatorShareAndHeadroom() {
        Criterion planned = evaluate().verdict(SubjectType.BUDGET, "planned").orElseThrow().criteria().get(0);
        assertThat(planned.ruleId()).isEqualTo("budget.sme_share");
        assertThat(planned.outcome()).isEqualTo(CriterionOutcome.PASS);
        // 3 880 000.00 / 4 997 882.50 = 77.6328775... %; 75 % of the total is 3 748 411.875; headroom 131 588.12
        assertThat(planned.figures()).extracting(f -> f.name() + "=" + f.value()).contains(
                "SME support=3880000.00", "total budget=4997882.50", "SME share=77.6328",
                "required SME support (75 % of the total)=3748411.8750", "headroom=131588.12");
        assertThat(planned.table().rows()).hasSize(9);
    }

    @Test
    void aVariantThatMissesSeventyFivePercentReportsTheExactFix() throws Exception {
        // 200 000.00 less earmarked for SMEs: 3 680 000.00; 3 748 411.875 - 3 680 000.00 = 68 411.875, up to the cent
        String variant = TestCases.amuletJson().replace(
                "\"smeEarmarked\": { \"amount\": \"2400000.00\", \"currency\": \"EUR\" }",
                "\"smeEarmarked\": { \"amount\": \"2200000.00\", \"currency\": \"EUR\" }");
        assertThat(variant).isNotEqualTo(TestCases.amuletJson());
        Verdict planned = TestCases.RULES.evaluateJson(variant).verdict(SubjectType.BUDGET, "planned").orElseThrow();
        assertThat(planned.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        Criterion share = planned.criteria().get(0);
        assertThat(share.figures()).extracting(f -> f.name() + "=" + f.value())
                .contains("SME support=3680000.00", "smallest fix=68411.88");
        assertThat(share.reason()).contains("move EUR 68 411.88 from other lines to support for SMEs");
    }

    @Test
    void everyItemOfTheInputIsAccountedFor() {
        Evaluation e = evaluate();
        // 1 action, 2 open calls, 7 third parties, 11 awards, 9 enterprises (2 beneficiaries, 7 recipients),
        // 2 budget views (planned, actual)
        assertThat(e.verdicts()).hasSize(32);
        assertThat(e.verdicts()).filteredOn(v -> v.subject().type() == SubjectType.ENTERPRISE).hasSize(9);
        assertThat(e.verdicts()).filteredOn(v -> v.subject().type() == SubjectType.BUDGET).hasSize(2);
        assertThat(e.verdicts()).filteredOn(v -> v.subject().type() == SubjectType.AWARD).hasSize(11);
        assertThat(e.verdicts()).allSatisfy(v -> assertThat(v.criteria()).isNotEmpty());
        // the 13 beneficiaries and the 22 innovation reports have no verdict of their own but are listed, with the
        // reason (a report is summed in impact.indicators)
        assertThat(e.notAssessed()).hasSize(13 + 22);
        assertThat(e.notAssessed()).filteredOn(n -> n.path().startsWith("$.beneficiaries[?(@.id==")).hasSize(13);
        assertThat(e.notAssessed()).filteredOn(n -> n.path().startsWith("$.innovationReports[?(@.id=="))
                .hasSize(22).allSatisfy(n -> assertThat(n.reason()).contains("summed in impact.indicators"));
    }
}
