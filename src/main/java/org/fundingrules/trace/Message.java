package org.fundingrules.trace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text of the trace as a message key and its arguments, so that it can be shown in any shipped language (see
 * {@link org.fundingrules.Messages}). The English text sits beside it in the verdict document.
 *
 * <p>Each argument is either a {@link String}, already formatted (an amount as {@code EUR 1,000.00}, a date as
 * {@code 2024-01-31}, an id), so that rendering never depends on the JVM's locale, or a nested {@code Message} (a
 * term such as a ceiling's name, or a reason quoted in a summary), rendered in the same language. Immutable.
 *
 * @param key the message key, e.g. {@code fstp.call.min_smes.statement}
 * @param args the arguments, {@code {0}}, {@code {1}}, ... in the message's pattern
 */
public record Message(String key, List<Object> args) {
    /** The key of a message that joins its arguments with the language's list separator. */
    public static final String LIST = "list";

    public Message {
        Objects.requireNonNull(key, "key");
        List<Object> copy = new ArrayList<>();
        for (Object a : args) {
            copy.add(arg(a));
        }
        args = List.copyOf(copy);
    }

    /**
     * A message; arguments that are neither strings nor messages are written as string concatenation writes them
     * ({@code String.valueOf}), so callers pass values that print the same in every locale (BigDecimal, LocalDate,
     * ids, enums) or pre-formatted strings.
     */
    public static Message of(String key, Object... args) {
        return new Message(key, java.util.Arrays.asList(args));
    }

    /** The arguments joined with the language's list separator ({@code "; "} in English). */
    public static Message list(List<?> items) {
        return new Message(LIST, new ArrayList<>(items));
    }

    @JsonCreator
    static Message read(@JsonProperty("key") String key, @JsonProperty("args") List<Object> args) {
        return new Message(key, args == null ? List.of() : args);
    }

    private static Object arg(Object a) {
        if (a instanceof Message || a instanceof String) {
            return a;
        }
        if (a instanceof Map<?, ?> m && m.get("key") instanceof String k) {      // a nested message read from JSON
            return read(k, m.get("args") instanceof List<?> l ? new ArrayList<>(l) : List.of());
        }
        return String.valueOf(a);
    }
}
