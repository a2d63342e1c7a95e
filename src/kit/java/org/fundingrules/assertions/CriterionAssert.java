package org.fundingrules.assertions;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import org.fundingrules.trace.Verdict;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Figure;

/**
 * Assertions on one criterion of a verdict's trace. A failure quotes the criterion in full (rule id, citation,
 * statement, test, reason, parameters, figures) and the verdict it belongs to.
 */
public final class CriterionAssert extends AbstractAssert<CriterionAssert, Criterion> {
    private final Verdict verdict;

    CriterionAssert(Criterion actual, Verdict verdict) {
        super(actual, CriterionAssert.class);
        this.verdict = verdict;
    }

    public CriterionAssert hasOutcome(CriterionOutcome expected) {
        isNotNull();
        if (actual.outcome() != expected) {
            fail("Expected " + actual.ruleId() + " to be " + expected + " but it is " + actual.outcome());
        }
        return this;
    }

    public CriterionAssert hasPassed() {
        return hasOutcome(CriterionOutcome.PASS);
    }

    public CriterionAssert hasFailed() {
        return hasOutcome(CriterionOutcome.FAIL);
    }

    public CriterionAssert isUndetermined() {
        return hasOutcome(CriterionOutcome.UNDETERMINED);
    }

    /** The criterion decides its verdict. */
    public CriterionAssert isDecisive() {
        isNotNull();
        if (!actual.decisive()) {
            fail("Expected " + actual.ruleId() + " to be decisive but it is supporting trace");
        }
        return this;
    }

    /**
     * The criterion cites the text: its article ({@code "Annex K"}, {@code "Art. 23(7)"}) or its source id
     * ({@code "h2020_general_annex_k"}) contains it, case as written.
     */
    public CriterionAssert cites(String text) {
        isNotNull();
        if (!actual.article().contains(text) && !actual.source().contains(text)) {
            fail("Expected " + actual.ruleId() + " to cite \"" + text + "\" but it cites " + actual.source() + ", "
                    + actual.article());
        }
        return this;
    }

    /** The reason (margin to passing, what is missing, or the conclusion) contains the text. */
    public CriterionAssert hasReasonContaining(String text) {
        isNotNull();
        if (!actual.reason().contains(text)) {
            fail("Expected the reason of " + actual.ruleId() + " to contain \"" + text + "\"");
        }
        return this;
    }

    /** The criterion used the dated parameter with this key, at this value as written in the parameter file. */
    public CriterionAssert usedParameter(String key, String value) {
        isNotNull();
        boolean used = actual.parameters().stream().anyMatch(p -> p.key().equals(key) && p.value().equals(value));
        if (!used) {
            fail("Expected " + actual.ruleId() + " to use the parameter " + key + " = " + value);
        }
        return this;
    }

    /** The criterion read a value of the case file at this JSON path (as written in the trace). */
    public CriterionAssert hasReadInput(String path) {
        isNotNull();
        if (actual.inputs().stream().noneMatch(i -> i.path().equals(path))) {
            fail("Expected " + actual.ruleId() + " to read " + path + " but it read "
                    + actual.inputs().stream().map(i -> i.path()).collect(Collectors.joining(", ", "[", "]")));
        }
        return this;
    }

    /** The figure of this name (exactly as in the trace); the assertions go on with it. */
    public FigureAssert figure(String name) {
        isNotNull();
        Optional<Figure> f = actual.figures().stream().filter(x -> x.name().equals(name)).findFirst();
        if (f.isEmpty()) {
            fail("Expected " + actual.ruleId() + " to have the figure \"" + name + "\" but its figures are "
                    + actual.figures().stream().map(x -> "\"" + x.name() + "\"").collect(Collectors.joining(", ")));
        }
        FigureAssert next = new FigureAssert(f.get(), actual, verdict);
        return info.hasDescription() ? next.as(info.description()) : next;
    }

    /** The {@link Headroom} of the criterion's test is exactly this amount (in its currency). */
    public CriterionAssert hasHeadroom(MonetaryAmount expected) {
        BigDecimal h = headroom(expected.getCurrency().getCurrencyCode());
        if (h.compareTo(amount(expected)) != 0) {
            fail("Expected a headroom of " + amount(expected).toPlainString() + " " + expected.getCurrency()
                    + " on " + actual.ruleId() + " but it is " + h.toPlainString());
        }
        return this;
    }

    /** The {@link Headroom} of the criterion's test is at least this amount (in its currency). */
    public CriterionAssert hasHeadroomAtLeast(MonetaryAmount minimum) {
        return hasHeadroomAtLeast(amount(minimum), minimum.getCurrency().getCurrencyCode());
    }

    /** The {@link Headroom} of the criterion's test is at least this quantity in this unit ({@code "200", "AWU"}). */
    public CriterionAssert hasHeadroomAtLeast(BigDecimal minimum, String unit) {
        BigDecimal h = headroom(unit);
        if (h.compareTo(minimum) < 0) {
            fail("Expected a headroom of at least " + minimum.toPlainString() + " " + unit + " on " + actual.ruleId()
                    + " but it is " + h.toPlainString() + " " + unit);
        }
        return this;
    }

    /**
     * The criterion's test does not hold, and misses its limit by exactly this amount: the total is that much over
     * a maximum, or that much short of a minimum (a negative {@link Headroom}).
     */
    public CriterionAssert failsBy(MonetaryAmount margin) {
        BigDecimal h = headroom(margin.getCurrency().getCurrencyCode());
        if (actual.comparison().holds() || h.negate().compareTo(amount(margin)) != 0) {
            fail("Expected " + actual.ruleId() + " to fail its test by " + amount(margin).toPlainString() + " "
                    + margin.getCurrency() + " but "
                    + (actual.comparison().holds() ? "the test holds" : "it fails by " + h.negate().toPlainString()));
        }
        return this;
    }

    private BigDecimal headroom(String unit) {
        isNotNull();
        Optional<Headroom> h = Headroom.of(actual.comparison());
        if (h.isEmpty()) {
            fail("Expected " + actual.ruleId() + " to compare two quantities but its test is "
                    + (actual.comparison() == null ? "a check described by its statement alone" : "not an ordering"));
        }
        if (!h.get().unit().equals(unit)) {
            fail("Expected the test of " + actual.ruleId() + " to be in " + unit + " but it is in " + h.get().unit());
        }
        return h.get().amount();
    }

    static BigDecimal amount(MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }

    private void fail(String what) {
        failWithMessage("%s", what + "\n" + TraceText.criterion(actual, verdict));
    }
}
