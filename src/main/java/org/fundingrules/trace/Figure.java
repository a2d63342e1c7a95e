package org.fundingrules.trace;

import java.util.Objects;

/**
 * A figure a criterion computed or compared, written exactly (plain decimal, never rounded unless the criterion
 * says it rounds).
 *
 * @param name what the figure is
 * @param value the value as a plain decimal or text
 * @param unit unit of the value ({@code EUR}, {@code AWU}, {@code %}), or empty
 */
public record Figure(String name, String value, String unit) {
    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
    }
}
