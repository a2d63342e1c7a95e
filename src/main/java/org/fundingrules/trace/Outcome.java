package org.fundingrules.trace;

import org.fundingrules.trace.CriterionOutcome;

/** The outcome of a verdict. */
public enum Outcome {
    /** Every criterion applied to the subject passed. */
    COMPLIANT,
    /** At least one criterion failed. */
    NON_COMPLIANT,
    /** No criterion failed, but at least one could not be decided for a missing fact (named in the trace). */
    UNDETERMINED;

    /** Combines criterion outcomes: any failure decides; otherwise any missing fact leaves it open. */
    public static Outcome of(Iterable<CriterionOutcome> outcomes) {
        boolean open = false;
        for (CriterionOutcome o : outcomes) {
            if (o == CriterionOutcome.FAIL) {
                return NON_COMPLIANT;
            }
            open |= o == CriterionOutcome.UNDETERMINED;
        }
        return open ? UNDETERMINED : COMPLIANT;
    }

    /** Combines verdict outcomes the same way. */
    public static Outcome worst(Iterable<Outcome> outcomes) {
        boolean open = false;
        for (Outcome o : outcomes) {
            if (o == NON_COMPLIANT) {
                return NON_COMPLIANT;
            }
            open |= o == UNDETERMINED;
        }
        return open ? UNDETERMINED : COMPLIANT;
    }
}
