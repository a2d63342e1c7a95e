package org.fundingrules.facts;

import java.time.LocalDate;

/**
 * A question put to the SME rules: the status of one enterprise as of one date (the case's reference date for an
 * enterprise's verdict, an award's date for the recipient of that award).
 *
 * @param asOf the date
 * @param enterpriseId the enterprise
 * @param structure the ownership structure the fact belongs to (the smallest id of the enterprises connected by
 *     holdings or joint groups), so that rules join an assessment only with its own structure; null when unknown
 */
public record Assessment(LocalDate asOf, String enterpriseId, String structure) {
    /** An assessment whose structure is unknown (it meets only facts whose structure is unknown too). */
    public Assessment(LocalDate asOf, String enterpriseId) {
        this(asOf, enterpriseId, null);
    }

}
