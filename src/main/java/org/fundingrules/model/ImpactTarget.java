package org.fundingrules.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target the action set itself for an indicator of the supported SMEs, as its proposal did.
 *
 * @param indicator the indicator, summed over every report of the action
 * @param value the value to reach: a whole number for a count, EUR for turnover growth
 * @param by the date by which the value is to be reached
 */
public record ImpactTarget(
        @NotNull Indicator indicator,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2,
                message = "must have at most {integer} digits before the decimal point and {fraction} after")
        BigDecimal value,
        @NotNull LocalDate by) {
}
