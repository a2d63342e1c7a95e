package org.fundingrules.trace;

/** The result of one legal criterion applied to one subject. */
public enum CriterionOutcome {
    /** The condition is met. */
    PASS,
    /** The condition is not met; the criterion says by how much or why. */
    FAIL,
    /** A fact the condition needs is missing from the case; the criterion names it. */
    UNDETERMINED
}
