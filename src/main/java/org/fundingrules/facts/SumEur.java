package org.fundingrules.facts;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.math.BigDecimal;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * Exact sum of {@link BigDecimal} amounts for DRL {@code accumulate}: {@code import accumulate
 * org.fundingrules.facts.SumEur sumEur;}. The engine's built-in {@code sum} goes through {@code double}, which
 * money must never do.
 */
public final class SumEur implements AccumulateFunction<SumEur.Total> {
    // fixed, so the precompiled rule base stays readable when tools (coverage, mutation testing) instrument classes
    private static final long serialVersionUID = 1L;

    /** The running total. */
    public static final class Total implements Externalizable {
        private static final long serialVersionUID = 1L;

        private BigDecimal value = BigDecimal.ZERO;

        public Total() {
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeObject(value);
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
            value = (BigDecimal) in.readObject();
        }
    }

    @Override
    public Total createContext() {
        return new Total();
    }

    @Override
    public void init(Total context) {
        context.value = BigDecimal.ZERO;
    }

    @Override
    public void accumulate(Total context, Object value) {
        context.value = context.value.add((BigDecimal) value);
    }

    @Override
    public void reverse(Total context, Object value) {
        context.value = context.value.subtract((BigDecimal) value);
    }

    @Override
    public Object getResult(Total context) {
        return context.value;
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return BigDecimal.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
    }

    @Override
    public void readExternal(ObjectInput in) {
    }
}
