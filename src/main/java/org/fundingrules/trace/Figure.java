package org.fundingrules.trace;

import java.util.Objects;

/**
 * A figure a criterion computed or compared, written exactly (plain decimal, never rounded unless the criterion
 * says it rounds).
 *
 * @param name what the figure is, in English
 * @param value the value as a plain decimal or text
 * @param unit unit of the value ({@code EUR}, {@code AWU}, {@code %}), or empty
 * @param nameMessage the name as a message of the rule set's bundles, to render it in another language
 *                    ({@link org.fundingrules.Messages}); null for a figure read from a document that has none
 */
public record Figure(String name, String value, String unit, Message nameMessage) {
    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
    }

    /** A figure named in English only. */
    public Figure(String name, String value, String unit) {
        this(name, value, unit, null);
    }
}
