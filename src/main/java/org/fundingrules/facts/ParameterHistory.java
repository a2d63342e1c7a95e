package org.fundingrules.facts;

import java.time.LocalDate;
import java.util.List;
import org.fundingrules.trace.ParameterUse;

/**
 * Every dated value of one parameter, for rules that must read a parameter as of a date of the case other than the
 * reference date (a country's status on the date a grant or a sub-grant was signed, decision Q21). Rules that read
 * the value in force on the reference date match {@link Parameter} instead.
 *
 * @param key the parameter key, e.g. {@code eligibility.country.CH}
 * @param label what the parameter is, in words; the key when the file gives none
 * @param values the values with their validity and legal reference, oldest first
 */
public record ParameterHistory(String key, String label, List<ParameterUse> values) {
    public ParameterHistory {
        values = List.copyOf(values);
    }

    /** The value in force on the date (validFrom and validUntil inclusive), or null when none is. */
    public Parameter at(LocalDate date) {
        if (date == null) {
            return null;
        }
        for (ParameterUse v : values) {
            if (!date.isBefore(v.validFrom()) && (v.validUntil() == null || !date.isAfter(v.validUntil()))) {
                return new Parameter(key, label, v);
            }
        }
        return null;
    }

    /** The periods in which the parameter has a value, in words ("2014-07-01 to 2026-12-31"), for a reason. */
    public String coverage() {
        return String.join(", ", values.stream().map(v -> v.validFrom() + " to "
                + (v.validUntil() == null ? "further notice" : v.validUntil())).toList());
    }
}
