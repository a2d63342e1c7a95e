package org.fundingrules.trace;

import java.util.Objects;

/**
 * One thing wrong with an input.
 *
 * @param path JSON path of the offending value itself, as written in the input ({@code $.awards[2].amount.amount} for
 *     the figure of an amount, {@code $.awards[2].amount.currency} for its currency)
 * @param code a stable machine-readable code ({@code NotNull}, {@code unknown_reference}, {@code duplicate_id}, ...);
 *     every code is listed, with an example, in docs/problems.md
 * @param message what is wrong, in words an applicant can read (no Java type, no reader's internal name)
 */
public record Problem(String path, String code, String message) implements Comparable<Problem> {
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        if (c == 0) {
            c = code.compareTo(o.code);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return path + ": " + message + " [" + code + "]";
    }
}
