package org.fundingrules.model;

/**
 * The form of an earlier aid. The ceiling is expressed as a cash grant; other forms count by their gross grant
 * equivalent, which the aid history gives as its gross amount (Reg. 1407/2013 Art. 4; Reg. 2023/2831 Art. 4): the
 * amount the granting authority stated when it granted the aid (Art. 6 of both). The library does not compute it
 * from a loan's or a guarantee's terms (decision SA-9); the trace shows the form beside the amount counted.
 */
public enum AidForm {
    GRANT,
    INTEREST_RATE_SUBSIDY,
    LOAN,
    GUARANTEE,
    EQUITY,
    TAX_ADVANTAGE,
    OTHER
}
