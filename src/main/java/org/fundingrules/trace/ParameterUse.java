package org.fundingrules.trace;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated rule parameter as it was in force on the reference date.
 *
 * @param key parameter key, e.g. {@code fstp.max_per_third_party}
 * @param value the value as written in the parameter file
 * @param unit unit of the value (a currency code, {@code AWU}, {@code ratio})
 * @param validFrom first day the value applies
 * @param validUntil last day the value applies, {@code null} when open-ended
 * @param source id of the legal instrument in {@code rules/sources.yaml}
 * @param article article, paragraph or point of that instrument
 */
public record ParameterUse(String key, String value, String unit, LocalDate validFrom, LocalDate validUntil,
                           String source, String article) {
    public ParameterUse {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
    }
}
