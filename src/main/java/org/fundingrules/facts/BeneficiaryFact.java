package org.fundingrules.facts;

/**
 * A beneficiary of the grant.
 *
 * @param id id in the case file
 * @param name legal name
 * @param normalizedName name normalised for matching
 * @param country country code
 * @param pic Participant Identification Code or null
 * @param vatNumber VAT number or null
 * @param enterpriseId the enterprise entry that describes it, or null
 */
public record BeneficiaryFact(String id, String name, String normalizedName, String country, String pic,
                              String vatNumber, String enterpriseId) implements LegalEntity {
    /** JSON path of the beneficiary. */
    public String path() {
        return Paths.item("beneficiaries", id);
    }
}
