package org.fundingrules.model;

/** Where the figures of an innovation report come from. */
public enum ReportSource {
    /** Declared by the company itself, not checked. */
    SELF_DECLARED,
    /** Checked by the beneficiary that pays the support, or by an auditor, against evidence. */
    VERIFIED
}
