package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fundingrules.Replay.Change;
import org.fundingrules.Replay.CriterionChange;
import org.fundingrules.Replay.VerdictChange;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.CriterionOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Problem;

/** {@link FundingRules#replay}: a receipt replays identical, and a changed parameter or input shows where it bites. */
class ReplayTest {
    private static final byte[] VERDICT = ReplayFixtures.amuletVerdict();
    private static final byte[] CASE = ReplayFixtures.amuletCase();

    @TempDir
    Path temp;

    @Test
    void aFreshAmuletVerdictReplaysIdentical() {
        Replay r = TestCases.RULES.replay(VERDICT, CASE);

        assertThat(r.identical()).isTrue();
        assertThat(r.input().matches()).isTrue();
        assertThat(r.ruleSet().matches()).isTrue();
        assertThat(r.ruleSet().now()).isEqualTo(TestCases.RULES.digest());
        assertThat(r.libraryVersionThen()).isEqualTo(FundingRules.version()).isEqualTo(r.libraryVersionNow());
        assertThat(r.referenceDate()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(r.verdicts()).isEmpty();
        assertThat(r.others()).isEmpty();
    }

    @Test
    void anotherLibraryVersionAloneIsReportedButNotADifference() {
        String stored = new String(VERDICT, StandardCharsets.UTF_8).replaceFirst(
                "\"libraryVersion\" : \"[^\"]*\"", "\"libraryVersion\" : \"0.0.1-old\"");

        Replay r = TestCases.RULES.replay(stored.getBytes(StandardCharsets.UTF_8), CASE);

        assertThat(r.libraryVersionThen()).isEqualTo("0.0.1-old");
        assertThat(r.libraryVersionNow()).isEqualTo(FundingRules.version());
        assertThat(r.identical()).isTrue();
    }

    @Test
    void theInputDigestIsRecomputedAsEvaluateDoesWhateverTheOrderOfTheCasesArrays() {
        String shuffled = FundingJson.writeValue(DeterminismProperties.shuffled(
                FundingJson.mapper().valueToTree(FundingJson.readCase(CASE)), new Random(7)));
        assertThat(shuffled).isNotEqualTo(TestCases.amuletJson());

        Replay r = TestCases.RULES.replay(VERDICT, shuffled.getBytes(StandardCharsets.UTF_8));

        assertThat(r.input().matches()).isTrue();
        assertThat(r.identical()).isTrue();
    }

    /**
     * {@code budget.sme_share.min} 0.75 -> 0.76. The parameter is read by one rule only, {@code budget.sme_share}, which
     * judges each view of the budget. The case notes give the views: planned SME support EUR 3 880 000.00 of
     * EUR 4 997 882.50 (77.63 %), actual EUR 1 717 000.00 of EUR 2 267 000.00 (75.73 %). At 76 % the planned view
     * still passes with less headroom and the actual view fails; nothing else reads the parameter, and the action
     * stays non-compliant (tp-it-lightcomp), so no top-level field changes but the list of rules fired: the actual
     * view's smallest fix and the criterion's failing case fire instead of its headroom and passing case.
     */
    @Test
    void aChangedParameterNamesExactlyTheCriteriaItChanges() throws IOException {
        try (Stream<Path> drl = Files.walk(Path.of("rules"))) {
            assertThat(drl.filter(p -> p.toString().endsWith(".drl")).filter(p -> read(p).contains("budget.sme_share.min")))
                    .as("the DRL files that read the parameter").containsExactly(
                            Path.of("rules/budget/innosup_01_sme_share.drl"));
        }
        RuleSet changed = FundingRules.builder().rules(ReplayFixtures.rulesWithSmeShare(temp, "0.76")).build();

        Replay r = changed.replay(VERDICT, CASE);

        assertThat(r.identical()).isFalse();
        assertThat(r.ruleSet().matches()).isFalse();
        assertThat(r.ruleSet().now()).isEqualTo(changed.digest());
        assertThat(r.input().matches()).isTrue();
        assertThat(r.others()).extracting(Change::name).containsExactly("rulesFired");
        assertThat(criteria(r)).containsOnlyKeys("BUDGET actual budget.sme_share", "BUDGET planned budget.sme_share");
        assertThat(r.verdicts()).extracting(v -> v.subject().id() + ": " + v.before() + " -> " + v.after())
                .containsExactly("actual: COMPLIANT -> NON_COMPLIANT", "planned: COMPLIANT -> COMPLIANT");
        r.verdicts().forEach(v -> assertThat(v.fields()).extracting(Change::name).containsExactly("summary"));

        BigDecimal min = new BigDecimal("0.76");
        BigDecimal old = new BigDecimal("0.75");
        CriterionChange planned = criteria(r).get("BUDGET planned budget.sme_share");
        BigDecimal plannedSme = new BigDecimal("3880000.00");
        BigDecimal plannedTotal = new BigDecimal("4997882.50");
        assertThat(planned.before()).isEqualTo(CriterionOutcome.PASS);
        assertThat(planned.after()).isEqualTo(CriterionOutcome.PASS);
        assertThat(planned.figures()).containsExactly(
                new Change("required SME support (75 % of the total)", eur(old.multiply(plannedTotal)), null),
                new Change("headroom", eur(down(plannedSme.subtract(old.multiply(plannedTotal)))),
                        eur(down(plannedSme.subtract(min.multiply(plannedTotal))))),
                new Change("required SME support (76 % of the total)", null, eur(min.multiply(plannedTotal))));
        assertThat(planned.figures().get(1).after()).isEqualTo("81609.30 EUR");

        CriterionChange actual = criteria(r).get("BUDGET actual budget.sme_share");
        BigDecimal actualSme = new BigDecimal("1717000.00");
        BigDecimal actualTotal = new BigDecimal("2267000.00");
        assertThat(actual.before()).isEqualTo(CriterionOutcome.PASS);
        assertThat(actual.after()).isEqualTo(CriterionOutcome.FAIL);
        assertThat(actual.figures()).containsExactly(
                new Change("required SME support (75 % of the total)", eur(old.multiply(actualTotal)), null),
                new Change("headroom", eur(down(actualSme.subtract(old.multiply(actualTotal)))), null),
                new Change("required SME support (76 % of the total)", null, eur(min.multiply(actualTotal))),
                new Change("smallest fix", null,
                        eur(min.multiply(actualTotal).subtract(actualSme).setScale(2, RoundingMode.CEILING))));
        assertThat(actual.figures().get(3).after()).isEqualTo("5920.00 EUR");

        for (CriterionChange c : List.of(planned, actual)) {
            assertThat(c.reasonChanged()).isTrue();
            assertThat(c.parameters()).containsExactly(new Change("budget.sme_share.min",
                    "0.75 ratio (from 2017-10-27)", "0.76 ratio (from 2017-10-27)"));
            // the statement says the percentage, the comparison its right-hand side
            assertThat(c.fields()).extracting(Change::name).containsExactly("comparison", "statement");
        }
    }

    /**
     * The award of tp-it-lightcomp under call 1 from EUR 20 000.00 to EUR 15 500.00: its total falls to EUR 60 000.00,
     * the maximum. The amount is read by the call's maximum per project (oc1-p01), the cap per third party, the call
     * maximum of both of its awards under call 1 (their sum under the call) and the actual SME share (awards to SMEs);
     * the calls set no maximum per SME and no State aid, and the plan does not count awards.
     */
    @Test
    void aChangedInputSaysTheInputDigestDiffers() {
        Replay r = TestCases.RULES.replay(VERDICT, ReplayFixtures.amuletWithDemoAward("15500.00"));

        assertThat(r.identical()).isFalse();
        assertThat(r.input().matches()).isFalse();
        assertThat(r.input().then()).isEqualTo(TestCases.RULES.evaluateJson(TestCases.amuletJson()).inputDigest());
        assertThat(r.ruleSet().matches()).isTrue();
        assertThat(criteria(r)).containsOnlyKeys(
                "OPEN_CALL oc1 fstp.call.max_per_project",
                "THIRD_PARTY tp-it-lightcomp fstp.cap_per_third_party",
                "AWARD aw-oc1-p01-lightcomp-demo fstp.award.within_call_maximum",
                "AWARD aw-oc1-p01-lightcomp-fs fstp.award.within_call_maximum",
                "BUDGET actual budget.sme_share");
        VerdictChange lightcomp = r.verdicts().stream().filter(v -> v.subject().id().equals("tp-it-lightcomp"))
                .findFirst().orElseThrow();
        assertThat(lightcomp.before()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(lightcomp.after()).isEqualTo(Outcome.COMPLIANT);
        assertThat(lightcomp.criteria().get(0).figures()).containsExactly(
                new Change("total awarded to this third party", "64500.00 EUR", "60000.00 EUR"));
        // it was the only non-compliant verdict
        assertThat(r.others()).containsExactly(new Change("outcome", "NON_COMPLIANT", "COMPLIANT"));
    }

    @Test
    void aMalformedVerdictDocumentIsRefusedWithItsProblems() {
        assertThatThrownBy(() -> TestCases.RULES.replay("{\"verdicts\": [".getBytes(StandardCharsets.UTF_8), CASE))
                .isInstanceOf(InvalidVerdictException.class)
                .satisfies(e -> assertThat(((InvalidVerdictException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.code()).isEqualTo("malformed_json")));
        assertThatThrownBy(() -> TestCases.RULES.replay(new byte[] {'{', (byte) 0xC3, '}'}, CASE))
                .isInstanceOf(InvalidVerdictException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> TestCases.RULES.replay(CASE, CASE))
                .isInstanceOf(InvalidVerdictException.class).hasMessageContaining("a case file, not a verdict document");

        String broken = new String(VERDICT, StandardCharsets.UTF_8)
                .replaceFirst("\"inputDigest\" : \"[^\"]*\",", "")
                .replaceFirst("\"outcome\" : \"COMPLIANT\"", "\"outcome\" : \"FINE\"");
        assertThatThrownBy(() -> TestCases.RULES.replay(broken.getBytes(StandardCharsets.UTF_8), CASE))
                .isInstanceOfSatisfying(InvalidVerdictException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.inputDigest", "missing_field"),
                                org.assertj.core.groups.Tuple.tuple("$.verdicts[0].outcome", "invalid_value")));
    }

    @Test
    void anInvalidCaseFileIsRefusedAsACaseProblem() {
        assertThatThrownBy(() -> TestCases.RULES.replay(VERDICT, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCaseException.class);
    }

    /** Replaying the same bytes twice gives equal replays and byte-identical JSON, whatever the input's award. */
    @Test
    void replayIsDeterministic() {
        qt().withExamples(4).forAll(longs().between(0, 9_999_999)).checkAssert(cents -> {
            String amount = BigDecimal.valueOf(cents, 2).toPlainString();
            byte[] changedCase = ReplayFixtures.amuletWithDemoAward(amount);
            Replay first = TestCases.RULES.replay(VERDICT, changedCase);
            Replay second = TestCases.RULES.replay(VERDICT.clone(), changedCase.clone());
            assertThat(second).isEqualTo(first);
            assertThat(FundingJson.writeValue(second)).isEqualTo(FundingJson.writeValue(first));
            assertThat(first.input().matches()).isEqualTo(amount.equals("20000.00"));
        });
    }

    /** Every criterion change by "TYPE id ruleId". */
    private static Map<String, CriterionChange> criteria(Replay r) {
        return r.verdicts().stream().flatMap(v -> v.criteria().stream()
                        .map(c -> Map.entry(v.subject().type() + " " + v.subject().id() + " " + c.ruleId(), c)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static BigDecimal down(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.DOWN);
    }

    private static String eur(BigDecimal amount) {
        return amount.toPlainString() + " EUR";
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
