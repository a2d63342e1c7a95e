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
    public org.fundingrules.trace.Message coverage() {
        org.fundingrules.trace.Message out = null;
        for (ParameterUse v : values) {
            org.fundingrules.trace.Message one = v.validUntil() == null
                    ? org.fundingrules.trace.Message.of("validity.open", v.validFrom())
                    : org.fundingrules.trace.Message.of("validity.range", v.validFrom(), v.validUntil());
            out = out == null ? one : org.fundingrules.trace.Message.of("validity.pair", out, one);
        }
        return out == null ? org.fundingrules.trace.Message.of("validity.none") : out;
    }
}
