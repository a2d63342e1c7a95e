package org.fundingrules.assertions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Verdict;
import org.fundingrules.trace.SubjectType;

/** Assertions on a whole evaluation. Navigate to one verdict with {@link #verdictFor(SubjectType, String)}. */
public final class EvaluationAssert extends AbstractAssert<EvaluationAssert, Evaluation> {

    EvaluationAssert(Evaluation actual) {
        super(actual, EvaluationAssert.class);
    }

    /**
     * The verdict on one subject; fails, listing the subjects of that kind the evaluation has, when there is none.
     */
    public VerdictAssert verdictFor(SubjectType type, String id) {
        isNotNull();
        Verdict v = actual.verdict(type, id).orElse(null);
        if (v == null) {
            String known = actual.verdicts().stream().filter(x -> x.subject().type() == type)
                    .map(x -> x.subject().id()).collect(Collectors.joining(", "));
            failWithMessage("%s", "Expected a verdict on " + type + " " + id + " but the evaluation has none; its "
                    + type + " verdicts are: " + (known.isEmpty() ? "(none)" : known));
        }
        VerdictAssert next = new VerdictAssert(v);
        return info.hasDescription() ? next.as(info.description()) : next;
    }

    /** The worst outcome over all verdicts is the given one; the message lists every verdict that is not compliant. */
    public EvaluationAssert hasOutcome(Outcome expected) {
        isNotNull();
        if (actual.outcome() != expected) {
            failWithMessage("%s", "Expected the evaluation to be " + expected + " but it is " + actual.outcome()
                    + notCompliant());
        }
        return this;
    }

    public EvaluationAssert isCompliant() {
        return hasOutcome(Outcome.COMPLIANT);
    }

    public EvaluationAssert isNonCompliant() {
        return hasOutcome(Outcome.NON_COMPLIANT);
    }

    /**
     * Exactly these subjects (ids, of any kind) have a non-compliant verdict, no more and no fewer: what an auditor
     * states as "the only breach is ...".
     */
    public EvaluationAssert hasNonCompliantSubjectsExactly(String... ids) {
        isNotNull();
        List<String> actualIds = actual.verdicts().stream().filter(v -> v.outcome() == Outcome.NON_COMPLIANT)
                .map(v -> v.subject().id()).sorted().toList();
        List<String> expected = Arrays.stream(ids).sorted().toList();
        if (!actualIds.equals(expected)) {
            failWithMessage("%s", "Expected exactly " + expected + " to be non-compliant but " + actualIds + " are"
                    + notCompliant());
        }
        return this;
    }

    /** The rules were applied as of this date. */
    public EvaluationAssert hasReferenceDate(LocalDate expected) {
        isNotNull();
        if (!actual.referenceDate().equals(expected)) {
            failWithMessage("%s", "Expected the reference date " + expected + " but the rules were applied as of "
                    + actual.referenceDate());
        }
        return this;
    }

    /** The evaluation was made with the rule set of this digest (as in a stored verdict document). */
    public EvaluationAssert hasRuleSetDigest(String expected) {
        isNotNull();
        if (!actual.ruleSetDigest().equals(expected)) {
            failWithMessage("%s", "Expected the rule set " + expected + " but the evaluation used "
                    + actual.ruleSetDigest());
        }
        return this;
    }

    private String notCompliant() {
        String lines = actual.verdicts().stream().filter(v -> v.outcome() != Outcome.COMPLIANT)
                .map(v -> "\n  " + TraceText.verdict(v)).collect(Collectors.joining());
        return lines.isEmpty() ? "; every verdict is compliant" : "; verdicts not compliant:" + lines;
    }
}
