package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Problem;
import org.fundingrules.trace.RulesLoadException;

/** The small parts of the public API: batch counting and rates, exception messages, messages of a folder. */
class PublicApiTest {

    @Test
    void aRateOverNoTimeIsZeroAndOtherwiseExactToOneDecimal() {
        assertThat(Batch.perSecond(5, 0)).isEqualTo(new BigDecimal("0.0"));
        assertThat(Batch.perSecond(5, -1)).isEqualTo(new BigDecimal("0.0"));
        assertThat(Batch.perSecond(3, 2_000_000_000L)).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void aTallyCountsCasesAndTheTimeSinceItWasMade() throws InterruptedException {
        long before = System.nanoTime();
        Batch.Tally tally = new Batch.Tally();
        tally.add(Outcome.COMPLIANT);
        tally.add((Outcome) null);
        Thread.sleep(5);
        long elapsed = tally.elapsedNanos();
        long bound = System.nanoTime() - before;

        assertThat(tally.cases()).isEqualTo(2);
        assertThat(elapsed).isBetween(5_000_000L, bound);
        Batch.Summary s = tally.summary(1);
        assertThat(s.cases()).isEqualTo(2);
        assertThat(s.invalid()).isEqualTo(1);
        assertThat(s.outcomes()).containsEntry(Outcome.COMPLIANT, 1L).containsEntry(Outcome.NON_COMPLIANT, 0L);
    }

    /** An engine that fails (here: none at all) gives each case a result with code evaluation_failed. */
    @Test
    void aCaseWhoseEvaluationFailsUnexpectedlyIsAResultNotAnException() {
        CaseFile valid = TestCases.action(List.of(TestCases.call("oc1", "60000.00")),
                List.of(TestCases.thirdParty("tp1")),
                List.of(TestCases.award("w1", "oc1", "tp1", TestCases.eur("1000.00"))));
        List<Batch.Result> results = new ArrayList<>();

        Batch.Summary s = new CompiledRuleSet(null).evaluateAll(Stream.of(valid), 1, results::add);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.index()).isZero();
            assertThat(r.outcome()).isEqualTo(Batch.INVALID);
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$");
                assertThat(p.code()).isEqualTo("evaluation_failed");
                assertThat(p.message()).isEqualTo(CompiledRuleSet.EVALUATION_FAILED).doesNotContain("java");
            });
        });
        assertThat(s.invalid()).isEqualTo(1);
    }

    @Test
    void aJsonDocumentWhoseReadingFailsUnexpectedlyIsAResultNotAnException() {
        List<Batch.Result> results = new ArrayList<>();

        TestCases.RULES.evaluateAllJson(Stream.of((String) null), 1, results::add);

        assertThat(results).singleElement().satisfies(r -> assertThat(r.problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("evaluation_failed");
                    assertThat(p.message()).isEqualTo(CompiledRuleSet.EVALUATION_FAILED).doesNotContain("java");
                }));
    }

    @Test
    void anInvalidCaseSaysEveryProblemSortedByPath() {
        InvalidCaseException e = new InvalidCaseException(List.of(new Problem("$.b", "NotNull", "b is missing"),
                new Problem("$.a", "Size", "a is too long")));

        assertThat(e).hasMessage("2 problem(s) in the case file:\n"
                + "  $.a: a is too long [Size]\n"
                + "  $.b: b is missing [NotNull]");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.a", "$.b");
    }

    @Test
    void rulesThatDoNotLoadSayEveryErrorWithFileAndLine() {
        RulesLoadException e = new RulesLoadException(List.of(new RulesLoadException.RuleError("a.drl", 3, "no"),
                new RulesLoadException.RuleError("b.yaml", 0, "empty"),
                new RulesLoadException.RuleError("c.drl", 1, "bad")));

        assertThat(e).hasMessage("3 error(s) loading the rules:\n  a.drl:3: no\n  b.yaml: empty\n  c.drl:1: bad");
        assertThat(e.errors()).hasSize(3);
    }

    @Test
    void theMessagesOfARulesFolderAreReadWithoutCompilingIt() {
        Messages m = Messages.fromFolder(Path.of("rules"));

        assertThat(m.languages()).containsExactly("en", "fr");
    }
}
