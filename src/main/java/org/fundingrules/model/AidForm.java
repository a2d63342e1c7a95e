package org.fundingrules.model;

/**
 * The form of an earlier aid. The ceiling is expressed as a cash grant; other forms count by their gross grant
 * equivalent, which the aid history gives as its gross amount (Reg. 1407/2013 Art. 4; Reg. 2023/2831 Art. 4).
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
