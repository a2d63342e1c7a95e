package org.fundingrules.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A conversion rate given in the case file; the library never fetches rates.
 *
 * @param currency ISO 4217 code of the foreign currency
 * @param eurPerUnit how many EUR one unit of the currency is worth: above 0, at most 1 000 000, at most 10 decimals;
 *     in JSON a decimal string such as "0.9312" (or an exact JSON number)
 * @param date the date of the rate
 * @param source who publishes it (for example the ECB reference rate)
 */
public record ExchangeRate(
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") @Digits(integer = 7, fraction = 10,
                message = "must have at most {integer} digits before the decimal point and {fraction} after")
        BigDecimal eurPerUnit,
        LocalDate date,
        @Size(max = 300) String source) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .currency(currency)
                .eurPerUnit(eurPerUnit)
                .date(date)
                .source(source);
    }

    /** Builds {@link ExchangeRate} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String currency;
        private BigDecimal eurPerUnit;
        private LocalDate date;
        private String source;

        private Builder() {
        }

        /** Sets {@link ExchangeRate#currency()}. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** Sets {@link ExchangeRate#eurPerUnit()}. */
        public Builder eurPerUnit(BigDecimal eurPerUnit) {
            this.eurPerUnit = eurPerUnit;
            return this;
        }

        /** Sets {@link ExchangeRate#date()}. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Sets {@link ExchangeRate#source()}. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** The record of the components set. */
        public ExchangeRate build() {
            return new ExchangeRate(currency, eurPerUnit, date, source);
        }
    }
}
