package org.fundingrules.assertions;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import org.fundingrules.trace.Verdict;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Figure;

/**
 * Assertions on one figure of a criterion. Decimal values compare exactly and without regard to scale
 * ({@code "243.5"} equals {@code "243.50"}); other values compare as text. A failure quotes the criterion.
 */
public final class FigureAssert extends AbstractAssert<FigureAssert, Figure> {
    private final Criterion criterion;
    private final Verdict verdict;

    FigureAssert(Figure actual, Criterion criterion, Verdict verdict) {
        super(actual, FigureAssert.class);
        this.criterion = criterion;
        this.verdict = verdict;
    }

    /** The value equals this decimal (compared exactly) or, when either is not a decimal, this text. */
    public FigureAssert isEqualTo(String expected) {
        isNotNull();
        BigDecimal a = decimal(actual.value());
        BigDecimal e = decimal(expected);
        boolean equal = a != null && e != null ? a.compareTo(e) == 0 : actual.value().equals(expected);
        if (!equal) {
            fail("to be " + expected);
        }
        return this;
    }

    /** The value is this amount and the figure's unit its currency. */
    public FigureAssert isEqualTo(MonetaryAmount expected) {
        hasUnit(expected.getCurrency().getCurrencyCode());
        return isEqualTo(CriterionAssert.amount(expected).toPlainString());
    }

    /** The value is a decimal of at least this. */
    public FigureAssert isAtLeast(String minimum) {
        if (compare(minimum) < 0) {
            fail("to be at least " + minimum);
        }
        return this;
    }

    /** The value is a decimal of at most this. */
    public FigureAssert isAtMost(String maximum) {
        if (compare(maximum) > 0) {
            fail("to be at most " + maximum);
        }
        return this;
    }

    /** The figure's unit ({@code EUR}, {@code AWU}, {@code %}, or empty). */
    public FigureAssert hasUnit(String unit) {
        isNotNull();
        if (!actual.unit().equals(unit)) {
            fail("to be in " + (unit.isEmpty() ? "no unit" : unit));
        }
        return this;
    }

    private int compare(String bound) {
        isNotNull();
        BigDecimal a = decimal(actual.value());
        if (a == null) {
            fail("to be a decimal");
        }
        return a.compareTo(new BigDecimal(bound));
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void fail(String expectation) {
        failWithMessage("%s", "Expected the figure \"" + actual.name() + "\" of " + criterion.ruleId() + " "
                + expectation + " but it is " + actual.value() + (actual.unit().isEmpty() ? "" : " " + actual.unit())
                + "\n" + TraceText.criterion(criterion, verdict));
    }
}
