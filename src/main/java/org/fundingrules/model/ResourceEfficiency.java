package org.fundingrules.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A resource-efficiency measure of one SME: its value in the reporting period against its value before the support.
 *
 * @param measure what is measured (for example energy used per part produced)
 * @param unit the unit of baseline and value (for example kWh per part)
 * @param baseline the value before the support
 * @param value the value in the reporting period
 * @param better which way the measure improves
 */
public record ResourceEfficiency(
        @NotBlank @Size(max = 200) String measure,
        @NotBlank @Size(max = 50) String unit,
        @NotNull @Digits(integer = 12, fraction = 6,
                message = "must have at most {integer} digits before the decimal point and {fraction} after")
        BigDecimal baseline,
        @NotNull @Digits(integer = 12, fraction = 6,
                message = "must have at most {integer} digits before the decimal point and {fraction} after")
        BigDecimal value,
        @NotNull Direction better) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .measure(measure)
                .unit(unit)
                .baseline(baseline)
                .value(value)
                .better(better);
    }

    /** Builds {@link ResourceEfficiency} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String measure;
        private String unit;
        private BigDecimal baseline;
        private BigDecimal value;
        private Direction better;

        private Builder() {
        }

        /** Sets {@link ResourceEfficiency#measure()}. */
        public Builder measure(String measure) {
            this.measure = measure;
            return this;
        }

        /** Sets {@link ResourceEfficiency#unit()}. */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Sets {@link ResourceEfficiency#baseline()}. */
        public Builder baseline(BigDecimal baseline) {
            this.baseline = baseline;
            return this;
        }

        /** Sets {@link ResourceEfficiency#value()}. */
        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        /** Sets {@link ResourceEfficiency#better()}. */
        public Builder better(Direction better) {
            this.better = better;
            return this;
        }

        /** The record of the components set. */
        public ResourceEfficiency build() {
            return new ResourceEfficiency(measure, unit, baseline, value, better);
        }
    }
}
