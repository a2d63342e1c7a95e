package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.Evaluation;

/**
 * The State-aid example (examples/state-aid): a de minimis call and a GBER Article 28 call co-funded by a region. The
 * worked figures are in examples/state-aid/README.md. Regenerate the expected file with
 * {@code mvn test -Dtest=StateAidExampleTest -Dfundingrules.updateExpected=true} and review the diff.
 */
class StateAidExampleTest {
    private static final Path CASE = Path.of("examples/state-aid/case.json");
    private static final Path EXPECTED = Path.of("examples/state-aid/expected.json");

    private static Evaluation evaluate() throws Exception {
        return TestCases.RULES.evaluateJson(Files.readString(CASE));
    }

    private static Criterion criterion(String award, String ruleId) throws Exception {
        return evaluate().verdict(SubjectType.AWARD, award).orElseThrow().criteria().stream()
                .filter(c -> c.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    private static String figure(Criterion c, String name) {
        return c.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
    }

    @Test
    void outputMatchesTheExpectedFile() throws Exception {
        AmuletExampleTest.matchesExpected(evaluate(), EXPECTED);
    }

    @Test
    void aGrantIn2024ReachesTheNewCeilingExactly() throws Exception {
        Criterion c = criterion("w-aurora", "state_aid.de_minimis_2831.ceiling");
        assertThat(c.outcome()).isEqualTo(CriterionOutcome.PASS);
        assertThat(figure(c, "earlier aid + new aid")).isEqualTo("300000.00");
        assertThat(figure(c, "window")).isEqualTo("2021-02-02 to 2024-02-01");
    }

    @Test
    void theParentsAidCountsUnder1407AndTheFrenchAidDoesNot() throws Exception {
        Criterion c = criterion("w-borea", "state_aid.de_minimis_1407.ceiling");
        assertThat(c.outcome()).isEqualTo(CriterionOutcome.FAIL);
        assertThat(figure(c, "earlier aid counted")).isEqualTo("150000.00");
        assertThat(figure(c, "headroom before the new aid")).isEqualTo("50000.00");
        assertThat(c.reason()).contains("(1) reduce the new aid to at most EUR 50 000.00")
                .contains("renounce at least EUR 10 000.00 of earlier aid counted");
        assertThat(c.table().rows()).anySatisfy(r -> assertThat(r).contains("holding-2023-fr", "left out"));
    }

    @Test
    void advisoryAidAt100PercentFitsTheAmendedCap() throws Exception {
        Criterion c = criterion("w-cirro", "state_aid.gber_28.intensity");
        assertThat(c.outcome()).isEqualTo(CriterionOutcome.PASS);
        assertThat(figure(c, "earlier advisory aid + new aid")).isEqualTo("210000.00");
        assertThat(figure(c, "three-year cap on aid for innovation advisory and support services (GBER Art. 28(4))"))
                .isEqualTo("220000.00");
    }
}
