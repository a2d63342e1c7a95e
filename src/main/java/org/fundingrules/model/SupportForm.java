package org.fundingrules.model;

/** The two forms of financial support to third parties that General Annex K allows. */
public enum SupportForm {
    /** Financial support awarded on the call's criteria. */
    GRANT,
    /** A prize awarded following a contest organised by the beneficiary. */
    PRIZE
}
