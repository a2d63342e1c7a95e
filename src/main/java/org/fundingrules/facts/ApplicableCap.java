package org.fundingrules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;

/**
 * The maximum of financial support per third party that applies to the action, derived once by a definition rule
 * and read by the decision rules.
 *
 * @param amount the maximum in EUR
 * @param term which maximum applies
 * @param parameters the parameters it was taken from
 * @param inputs the case-file values it was taken from
 */
public record ApplicableCap(BigDecimal amount, Message term, List<ParameterUse> parameters, List<InputValue> inputs)
        implements Threshold {
    public ApplicableCap {
        parameters = List.copyOf(parameters);
        inputs = List.copyOf(inputs);
    }

    /** The maximum taken from a dated parameter or the case file, named by the message {@code termKey}. */
    public static ApplicableCap of(String termKey, Threshold source) {
        return new ApplicableCap(source.amount(), Message.of(termKey), source.parameters(), source.inputs());
    }

    @Override
    public String unit() {
        return "EUR";
    }
}
