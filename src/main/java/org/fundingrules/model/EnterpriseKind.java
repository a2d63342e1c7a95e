package org.fundingrules.model;

/** What kind of holder or enterprise an entry is, where Recommendation 2003/361/EC treats kinds differently. */
public enum EnterpriseKind {
    /** An ordinary enterprise: any entity engaged in an economic activity (Annex Art. 1). */
    ENTERPRISE,
    /** A natural person (links through natural persons count only on the same or adjacent markets). */
    NATURAL_PERSON,
    /** A public body (Annex Art. 3(4)); universities and chambers of commerce can be public bodies (C-516/19). */
    PUBLIC_BODY,
    /** Exempt investor, Annex Art. 3(2)(a). */
    PUBLIC_INVESTMENT_CORPORATION,
    /** Exempt investor, Annex Art. 3(2)(a). */
    VENTURE_CAPITAL_COMPANY,
    /** Exempt investor, Annex Art. 3(2)(a), while the business angels' total investment is below the limit. */
    BUSINESS_ANGEL,
    /** Exempt investor, Annex Art. 3(2)(b). */
    UNIVERSITY_OR_RESEARCH_CENTRE,
    /** Exempt investor, Annex Art. 3(2)(c), including regional development funds. */
    INSTITUTIONAL_INVESTOR,
    /** Exempt investor, Annex Art. 3(2)(d), within the budget and population limits. */
    AUTONOMOUS_LOCAL_AUTHORITY
}
