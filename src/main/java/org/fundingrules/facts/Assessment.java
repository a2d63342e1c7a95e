package org.fundingrules.facts;

import java.time.LocalDate;

/**
 * A question put to the SME rules: the status of one enterprise as of one date (the case's reference date for an
 * enterprise's verdict, an award's date for the recipient of that award).
 *
 * @param asOf the date
 * @param enterpriseId the enterprise
 */
public record Assessment(LocalDate asOf, String enterpriseId) {
}
