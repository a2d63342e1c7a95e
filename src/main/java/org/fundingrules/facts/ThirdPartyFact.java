package org.fundingrules.facts;

import org.fundingrules.trace.SubjectType;

/**
 * A third party: applicant or recipient of financial support.
 *
 * @param id id in the case file
 * @param name legal name
 * @param normalizedName name normalised for matching
 * @param country country code
 * @param pic Participant Identification Code or null
 * @param vatNumber VAT number or null
 * @param enterpriseId the enterprise entry that describes it, or null
 * @param declaredSme whether it declared itself an SME, or null
 */
public record ThirdPartyFact(String id, String name, String normalizedName, String country, String pic,
                             String vatNumber, String enterpriseId, Boolean declaredSme)
        implements Subject, LegalEntity {
    @Override
    public SubjectType subjectType() {
        return SubjectType.THIRD_PARTY;
    }

    @Override
    public String path() {
        return Paths.item("thirdParties", id);
    }

    /** Whether the party carries an identifier that can prove it is not a beneficiary. */
    public boolean identified() {
        return pic != null || vatNumber != null;
    }
}
