package org.fundingrules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.ParameterUse;

/**
 * A limit a criterion compares against, taken from the case file (a call's own maximum, a derogated cap).
 *
 * @param amount the limit in EUR
 * @param label what the limit is
 * @param path where the case file fixes it
 */
public record Limit(BigDecimal amount, String label, String path) implements Threshold {

    /** A limit in EUR read from the case file at {@code path}. */
    public static Limit read(String label, String path, BigDecimal amount) {
        return new Limit(amount, label, path);
    }

    @Override
    public String unit() {
        return "EUR";
    }

    @Override
    public List<ParameterUse> parameters() {
        return List.of();
    }

    @Override
    public List<InputValue> inputs() {
        return List.of(new InputValue(path, FundingJson.mapper().valueToTree(amount)));
    }
}
