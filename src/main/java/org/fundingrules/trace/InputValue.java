package org.fundingrules.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One value read from the case file.
 *
 * @param path JSON path of the value; array elements are addressed by id ({@code $.awards[?(@.id=='a1')].amount}),
 *     so the path does not depend on the order of the input
 * @param value the value as JSON ({@code null} node when absent)
 */
public record InputValue(String path, JsonNode value) {
    public InputValue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }
}
