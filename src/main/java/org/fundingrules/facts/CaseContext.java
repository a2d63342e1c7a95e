package org.fundingrules.facts;

import java.time.LocalDate;

/**
 * The one fact every evaluation holds: the date as of which the case is judged.
 *
 * @param referenceDate the case's reference date
 */
public record CaseContext(LocalDate referenceDate) {
}
