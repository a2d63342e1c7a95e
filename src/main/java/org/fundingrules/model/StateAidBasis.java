package org.fundingrules.model;

/** Why the State-aid rules apply, or do not apply, to the support paid under a call (decision Q1). */
public enum StateAidBasis {
    /** The call itself requires the support to be granted as de minimis aid. */
    REQUIRED_BY_CALL,
    /** National or regional money (State resources) is added to the Union funding. */
    NATIONAL_CO_FUNDING,
    /** The beneficiaries apply the de minimis rules of their own choice. */
    VOLUNTARY,
    /** The support is Union funding managed centrally, not State resources: not State aid (Art. 107(1) TFEU). */
    NOT_STATE_RESOURCES
}
