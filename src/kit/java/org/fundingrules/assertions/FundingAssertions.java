package org.fundingrules.assertions;

import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Verdict;
import org.fundingrules.trace.Criterion;

/**
 * Entry points of the kit, to import statically beside (or instead of) AssertJ's {@code Assertions.assertThat}.
 *
 * <pre>{@code
 * assertThat(evaluation).verdictFor(SubjectType.THIRD_PARTY, "tp-it-lightcomp")
 *         .isNonCompliant()
 *         .failedOn("fstp.cap_per_third_party").cites("Annex K").failsBy(Money.of(4500, "EUR"));
 * }</pre>
 */
public final class FundingAssertions {
    private FundingAssertions() {
    }

    /** Assertions on a whole evaluation; navigate to one verdict with {@code verdictFor}. */
    public static EvaluationAssert assertThat(Evaluation actual) {
        return new EvaluationAssert(actual);
    }

    /** Assertions on one verdict. */
    public static VerdictAssert assertThat(Verdict actual) {
        return new VerdictAssert(actual);
    }

    /** Assertions on one criterion, without the verdict it belongs to (messages then quote the criterion only). */
    public static CriterionAssert assertThat(Criterion actual) {
        return new CriterionAssert(actual, null);
    }
}
