package org.fundingrules.model;

/** What a budget line pays for, as far as the INNOSUP-01 SME share is concerned. */
public enum BudgetPurpose {
    /** Direct support to the beneficiary's own innovation work (counts when the beneficiary is an SME). */
    OWN_INNOVATION,
    /** Financial support to third parties (the share earmarked for SMEs counts; once awarded, the awards to SMEs). */
    FINANCIAL_SUPPORT_TO_THIRD_PARTIES,
    /** Services in kind to third-party SMEs (mentoring, coaching, technical assistance, vouchers), valued in EUR. */
    SERVICES_TO_SMES,
    /** Everything else: coordination, cluster facilitation, dissemination, indirect costs. */
    OTHER
}
