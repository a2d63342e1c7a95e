package org.fundingrules.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * What a value of a case record's field looks like in JSON, in the words of the problem messages ("a date
 * \"YYYY-MM-DD\"", "one of GRANT, PRIZE"): one wording for a value of the wrong type and for one that is missing.
 */
public final class ValueWords {
    private ValueWords() {
    }

    /** The expected JSON value of a field declared with {@code type}. */
    public static String of(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        if (raw.isRecord()) {
            return "an object {...}";
        }
        if (List.class.isAssignableFrom(raw)) {
            return "a list [...]";
        }
        if (raw == String.class) {
            return "a text";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "a whole number";
        }
        if (raw == BigDecimal.class) {
            return "a decimal number";
        }
        if (raw == LocalDate.class) {
            return "a date \"YYYY-MM-DD\"";
        }
        if (raw == MonthDay.class) {
            return "a day of the year \"--MM-DD\"";
        }
        if (raw.isEnum()) {
            return "one of " + names(raw).stream().collect(Collectors.joining(", "));
        }
        if (MonetaryAmount.class.isAssignableFrom(raw)) {
            return "an amount {\"amount\": \"60000.00\", \"currency\": \"EUR\"}";
        }
        return "a value";
    }

    /** The constants of an enumeration, as the JSON writes them. */
    public static List<String> names(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** The first line of a parser's message ("unreadable" when there is none): the rest repeats the source. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
