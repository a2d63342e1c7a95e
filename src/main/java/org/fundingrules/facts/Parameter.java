package org.fundingrules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;

/**
 * A rule parameter in force on the reference date, read from a dated parameter file.
 *
 * @param key the parameter key, e.g. {@code fstp.max_per_third_party}
 * @param label what the parameter is, in words ("medium-sized staff ceiling"); the key when the file gives none
 * @param use the value with its validity and legal reference
 */
public record Parameter(String key, String label, ParameterUse use) implements Threshold {

    /** The parameter's name as a term, {@code param.<key>}: English from the label, translated in the bundles. */
    @Override
    public Message term() {
        return Message.of("param." + key);
    }

    /** Whether the value, a list of items separated by "; ", holds {@code item} (a lookup; the rule decides). */
    public boolean lists(String item) {
        for (String s : text().split(";\\s*")) {
            if (s.equals(item)) {
                return true;
            }
        }
        return false;
    }

    /** The value as written, for a parameter whose unit is {@code text} (a status, a code; a list: "a; b"). */
    public String text() {
        return use.value();
    }

    /** The value as an exact decimal. */
    @Override
    public BigDecimal amount() {
        return new BigDecimal(use.value());
    }

    @Override
    public String unit() {
        return use.unit();
    }

    @Override
    public List<ParameterUse> parameters() {
        return List.of(use);
    }

    @Override
    public List<InputValue> inputs() {
        return List.of();
    }
}
