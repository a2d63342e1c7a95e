package org.fundingrules.model;

/**
 * How the granting authority calculated the gross grant equivalent of a loan or a guarantee (Reg. 1407/2013
 * Art. 4(3) and 4(6); Reg. 2023/2831 Art. 4(3) and 4(6); decision SA-9).
 */
public enum GgeMethod {
    /**
     * The safe harbour of point (b): a loan secured by collateral, or a guarantee of at most 80 % of the loan, within
     * the amounts and durations the article gives; its gross grant equivalent is the corresponding proportion of the
     * ceiling, which the rules compute from the terms.
     */
    SAFE_HARBOUR,
    /**
     * The grantor's own calculation under the other points of the article (the reference rate for a loan; the
     * safe-harbour premiums of a Commission notice, or a methodology the Commission accepted, for a guarantee): the
     * aid's {@code grossAmount} is the figure it calculated, and counts.
     */
    GRANTOR_CALCULATION
}
