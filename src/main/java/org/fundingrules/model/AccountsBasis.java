package org.fundingrules.model;

/** Whether accounting figures are approved accounts or a newly established enterprise's good-faith estimate. */
public enum AccountsBasis {
    /** Approved accounts of a closed accounting period (Annex Art. 4(1)). */
    APPROVED,
    /** Bona fide estimate made in the course of the financial year (Annex Art. 4(3)). */
    ESTIMATE
}
