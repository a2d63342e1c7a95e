package org.fundingrules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;

/**
 * A limit a criterion compares against, taken from the case file (a call's own maximum, a derogated cap).
 *
 * @param amount the limit in EUR
 * @param term what the limit is
 * @param path where the case file fixes it
 */
public record Limit(BigDecimal amount, Message term, String path) implements Threshold {

    /** A limit in EUR read from the case file at {@code path}, named by the message {@code termKey}. */
    public static Limit read(String termKey, String path, BigDecimal amount) {
        return new Limit(amount, Message.of(termKey), path);
    }

    @Override
    public String unit() {
        return "EUR";
    }

    @Override
    public List<ParameterUse> parameters() {
        return List.of();
    }

    /** The limit as read; the explanation writes it as JSON after the rules have fired. */
    @Override
    public List<InputValue> inputs() {
        return List.of(new InputValue(path, amount));
    }
}
