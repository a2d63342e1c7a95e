package org.fundingrules.trace;

import java.util.Objects;

/**
 * The test a criterion applied, written out: {@code 64500.00 EUR <= 60000.00 EUR}.
 *
 * @param left the value tested
 * @param operator one of {@code <=}, {@code <}, {@code >=}, {@code >}, {@code ==}, {@code !=}, {@code in},
 *     {@code not in}, {@code present}
 * @param right the limit or reference it was tested against
 * @param holds whether the test holds
 */
public record Comparison(String left, String operator, String right, boolean holds) {
    public Comparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(right, "right");
    }
}
