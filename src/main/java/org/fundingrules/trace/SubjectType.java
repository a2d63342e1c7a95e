package org.fundingrules.trace;

/** Kinds of verdict subject, in the order verdicts are listed. */
public enum SubjectType {
    /** The funded action as a whole. */
    ACTION,
    /** An open call for third parties. */
    OPEN_CALL,
    /** A third party (applicant or recipient). */
    THIRD_PARTY,
    /** One award of financial support. */
    AWARD,
    /** An enterprise whose SME status is asked for (Recommendation 2003/361/EC). */
    ENTERPRISE,
    /** A view of the action's budget: {@code planned} (the proposal) or {@code actual} (spending and awards). */
    BUDGET
}
