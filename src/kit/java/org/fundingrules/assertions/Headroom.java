package org.fundingrules.assertions;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundingrules.trace.Criterion.Comparison;

/**
 * How far the value a criterion tested is from its limit, read from the criterion's {@link Comparison}: for a
 * test {@code left <= right} (or {@code <}) it is {@code right - left}; for {@code left >= right} (or {@code >}) it is
 * {@code left - right}. Positive: room left before the test fails (the INNOSUP 75 % share: the SME support that could
 * move to other lines). Negative: the test fails by that much (a third party EUR 4 500.00 over its maximum). Exact:
 * the sides are read as written in the trace, not rounded (the trace's own "headroom" figure of the SME share is
 * rounded down to the cent; this is not).
 *
 * <p>Only tests that compare two quantities in one unit have a headroom: both sides written {@code EUR 1 234.50}
 * (a currency code, digits in groups of three) or {@code 14 AWU} / {@code 25 %} (a number and a unit), optionally
 * followed by a remark in parentheses ({@code EUR 1 717 000.00 (75.7388 %)}). Immutable.
 *
 * @param amount the distance to the limit, signed as above
 * @param unit the currency code or unit of both sides
 */
public record Headroom(BigDecimal amount, String unit) {
    private static final Pattern MONEY = Pattern.compile("([A-Z]{3}) (-?\\d{1,3}(?: \\d{3})*(?:\\.\\d+)?)(?: \\(.*\\))?");
    private static final Pattern QUANTITY = Pattern.compile("(-?\\d+(?:\\.\\d+)?) (\\S+)(?: \\(.*\\))?");

    public Headroom {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
    }

    /** The headroom of a test, or empty when it is not an ordering of two quantities in the same unit. */
    public static Optional<Headroom> of(Comparison test) {
        if (test == null) {
            return Optional.empty();
        }
        Optional<Headroom> left = quantity(test.left());
        Optional<Headroom> right = quantity(test.right());
        if (left.isEmpty() || right.isEmpty() || !left.get().unit.equals(right.get().unit)) {
            return Optional.empty();
        }
        BigDecimal l = left.get().amount;
        BigDecimal r = right.get().amount;
        return switch (test.operator()) {
            case "<=", "<" -> Optional.of(new Headroom(r.subtract(l), left.get().unit));
            case ">=", ">" -> Optional.of(new Headroom(l.subtract(r), left.get().unit));
            default -> Optional.empty();
        };
    }

    /** One side of a test as a quantity: {@code EUR 64 500.00} or {@code 14 AWU}. */
    static Optional<Headroom> quantity(String side) {
        Matcher m = MONEY.matcher(side);
        if (m.matches()) {
            return Optional.of(new Headroom(new BigDecimal(m.group(2).replace(" ", "")), m.group(1)));
        }
        m = QUANTITY.matcher(side);
        if (m.matches()) {
            return Optional.of(new Headroom(new BigDecimal(m.group(1)), m.group(2)));
        }
        return Optional.empty();
    }

    /** {@code 16750.0000 EUR} or {@code 236 AWU}: the plain amount and its unit. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}
