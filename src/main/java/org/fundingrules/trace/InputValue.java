package org.fundingrules.trace;

import java.util.Objects;

/**
 * One value read from the case file.
 *
 * @param path JSON path of the value; array elements are addressed by id ({@code $.awards[?(@.id=='a1')].amount}),
 *     so the path does not depend on the order of the input
 * @param value the value as a JSON tree; in an {@link Evaluation} its {@code toString()} is the value as compact JSON
 *     ({@code null} as JSON when absent)
 */
public record InputValue(String path, Object value) {
    public InputValue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }

    /** The value as compact JSON text, as the verdict's JSON prints it. */
    public String json() {
        return value.toString();
    }
}
