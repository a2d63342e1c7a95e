package org.fundingrules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;

/** A limit a criterion compares against, with where it comes from. */
public interface Threshold {
    /** The limit, exact. */
    BigDecimal amount();

    /** Unit of the limit (a currency code, {@code AWU}, {@code ratio}). */
    String unit();

    /** What the limit is, as a message (its English text names the limit's figure in the trace). */
    Message term();

    /** The dated parameters the limit was taken from. */
    List<ParameterUse> parameters();

    /** The case-file values the limit was taken from. */
    List<InputValue> inputs();
}
