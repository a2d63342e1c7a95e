package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundingrules.bench.LawParameters;
import org.fundingrules.model.Award;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.ThirdParty;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.fundingrules.trace.Evaluation;

/**
 * The cap verdict from the rules agrees with a plain Java statement of General Annex K on generated awards: the
 * support to one third party, summed over every call of the action, may not exceed the maximum per third party, read
 * from the rules' parameter file on the case's reference date (as the rules read it).
 */
class AnnexKCapProperties {
    /** The reference date of every case built here. */
    private static final LocalDate AS_OF = TestCases.action(List.of(), List.of(), List.of()).referenceDate();
    private static final BigDecimal CAP = LawParameters.packaged().amount("fstp.max_per_third_party", AS_OF);
    private static final long CAP_CENTS = CAP.movePointRight(2).longValueExact();

    /** One generated award: which third party, which call, how many cents. */
    record Spec(int thirdParty, int call, long cents) {
    }

    /** Amounts near a third of the cap, so that sums of three land on both sides of it, mixed with any amount. */
    private static final Gen<Long> CENTS = longs().between(CAP_CENTS / 3 - 3, CAP_CENTS / 3 + 3)
            .mix(longs().between(0L, CAP_CENTS + CAP_CENTS / 6));
    private static final Gen<Spec> AWARD = integers().between(0, 2).zip(integers().between(0, 2), CENTS, Spec::new);

    @Test
    void capVerdictAgreesWithThePlainRule() {
        qt().withExamples(150).forAll(lists().of(AWARD).ofSizeBetween(0, 8)).checkAssert(specs -> {
            List<ThirdParty> parties = List.of(TestCases.thirdParty("tp0"), TestCases.thirdParty("tp1"),
                    TestCases.thirdParty("tp2"));
            List<Award> awards = new ArrayList<>();
            Map<String, BigDecimal> plainSum = new TreeMap<>();
            parties.forEach(p -> plainSum.put(p.id(), BigDecimal.ZERO));
            for (int i = 0; i < specs.size(); i++) {
                Spec s = specs.get(i);
                String tp = "tp" + s.thirdParty();
                awards.add(TestCases.award("w" + i, "c" + s.call(), tp, TestCases.cents(s.cents())));
                plainSum.merge(tp, BigDecimal.valueOf(s.cents(), 2), BigDecimal::add);
            }
            String max = CAP.toPlainString();   // each call's own maximum: the cap, so that only the sum is tested
            CaseFile c = TestCases.action(List.of(TestCases.call("c0", max), TestCases.call("c1", max),
                    TestCases.call("c2", max)), parties, awards);
            Evaluation e = TestCases.RULES.evaluate(c);

            for (ThirdParty p : parties) {
                BigDecimal sum = plainSum.get(p.id());
                Criterion cap = e.verdict(SubjectType.THIRD_PARTY, p.id()).orElseThrow().criteria().stream()
                        .filter(x -> x.ruleId().equals("fstp.cap_per_third_party")).findFirst().orElseThrow();
                CriterionOutcome plain = sum.compareTo(CAP) <= 0 ? CriterionOutcome.PASS : CriterionOutcome.FAIL;
                assertThat(cap.outcome()).as("%s with total %s", p.id(), sum).isEqualTo(plain);
                assertThat(cap.figures()).anySatisfy(f -> {
                    assertThat(f.name()).isEqualTo("total awarded to this third party");
                    assertThat(new BigDecimal(f.value())).isEqualByComparingTo(sum);
                });
                if (plain == CriterionOutcome.FAIL) {
                    assertThat(cap.reason()).contains("over the maximum per third party");
                }
            }
            // every award is accounted for: one verdict each
            assertThat(e.verdicts()).filteredOn(v -> v.subject().type() == SubjectType.AWARD).hasSize(awards.size());
        });
    }

    @Test
    void raisingAnAwardNeverTurnsAFailIntoAPass() {
        // monotonicity: the cap criterion can only get worse as an amount grows
        qt().withExamples(60).forAll(longs().between(0L, CAP_CENTS + CAP_CENTS / 6), longs().between(0L, CAP_CENTS / 2))
                .checkAssert((cents, extra) -> {
                    CriterionOutcome before = capOutcome(cents);
                    CriterionOutcome after = capOutcome(cents + extra);
                    if (before == CriterionOutcome.FAIL) {
                        assertThat(after).isEqualTo(CriterionOutcome.FAIL);
                    }
                });
    }

    private static CriterionOutcome capOutcome(long cents) {
        CaseFile c = TestCases.action(List.of(TestCases.call("c0", CAP.toPlainString())),
                List.of(TestCases.thirdParty("tp0")),
                List.of(TestCases.award("w0", "c0", "tp0", TestCases.cents(cents))));
        return TestCases.RULES.evaluate(c).verdict(SubjectType.THIRD_PARTY, "tp0").orElseThrow().criteria().stream()
                .filter(x -> x.ruleId().equals("fstp.cap_per_third_party")).findFirst().orElseThrow().outcome();
    }
}
