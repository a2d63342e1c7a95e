package org.fundingrules.assertions;

import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Verdict;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;

/**
 * Assertions on one verdict. Navigate to one of its criteria with {@link #failedOn}, {@link #passed},
 * {@link #criterion} or {@link #decisiveCriterion}; where several criteria share a rule id (one per accounting
 * period, say), these take the first in the verdict's order (rule id, then statement).
 */
public final class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

    VerdictAssert(Verdict actual) {
        super(actual, VerdictAssert.class);
    }

    public VerdictAssert hasOutcome(Outcome expected) {
        isNotNull();
        if (actual.outcome() != expected) {
            failWithMessage("%s", "Expected " + actual.subject().type() + " " + actual.subject().id() + " to be "
                    + expected + " but it is " + actual.outcome() + "\n  " + TraceText.verdict(actual));
        }
        return this;
    }

    public VerdictAssert isCompliant() {
        return hasOutcome(Outcome.COMPLIANT);
    }

    public VerdictAssert isNonCompliant() {
        return hasOutcome(Outcome.NON_COMPLIANT);
    }

    public VerdictAssert isUndetermined() {
        return hasOutcome(Outcome.UNDETERMINED);
    }

    /** The verdict's one-line summary contains the text. */
    public VerdictAssert hasSummaryContaining(String text) {
        isNotNull();
        if (!actual.summary().contains(text)) {
            failWithMessage("%s", "Expected the summary to contain \"" + text + "\"\n  " + TraceText.verdict(actual));
        }
        return this;
    }

    /** A criterion with this rule id failed; the assertions go on with it. */
    public CriterionAssert failedOn(String ruleId) {
        return find(ruleId, c -> c.outcome() == CriterionOutcome.FAIL, "failed on");
    }

    /** A criterion with this rule id passed; the assertions go on with it. */
    public CriterionAssert passed(String ruleId) {
        return find(ruleId, c -> c.outcome() == CriterionOutcome.PASS, "passed");
    }

    /** A criterion with this rule id was applied, whatever its outcome; the assertions go on with it. */
    public CriterionAssert criterion(String ruleId) {
        return find(ruleId, c -> true, "applied");
    }

    /** The criterion that decides the verdict (the SME status, the SME share); the assertions go on with it. */
    public CriterionAssert decisiveCriterion() {
        isNotNull();
        Optional<Criterion> c = actual.criteria().stream().filter(Criterion::decisive).findFirst();
        if (c.isEmpty()) {
            failWithMessage("%s", "Expected a decisive criterion but none of the criteria is decisive\n  "
                    + TraceText.verdict(actual));
        }
        return next(c.get());
    }

    private CriterionAssert find(String ruleId, Predicate<Criterion> outcome, String verb) {
        isNotNull();
        Optional<Criterion> c = actual.criteria().stream().filter(x -> x.ruleId().equals(ruleId)).filter(outcome)
                .findFirst();
        if (c.isEmpty()) {
            failWithMessage("%s", "Expected " + actual.subject().type() + " " + actual.subject().id() + " to have "
                    + verb + " " + ruleId + " but no criterion with that rule id did\n  "
                    + TraceText.verdict(actual));
        }
        return next(c.get());
    }

    private CriterionAssert next(Criterion c) {
        CriterionAssert next = new CriterionAssert(c, actual);
        return info.hasDescription() ? next.as(info.description()) : next;
    }
}
