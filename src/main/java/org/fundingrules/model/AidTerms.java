package org.fundingrules.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * The terms of an earlier aid granted as a loan or a guarantee, from which the rules decide whether it is transparent
 * and compute its gross grant equivalent (Reg. 1407/2013 Art. 4(3) and 4(6); Reg. 2023/2831 Art. 4(3) and 4(6);
 * decision SA-9). Immutable. Given only for an aid whose {@code form} is {@code LOAN} or {@code GUARANTEE}.
 *
 * @param method how the grantor calculated the gross grant equivalent
 * @param amount the loan's principal, or for a guarantee the amount guaranteed
 * @param underlyingLoan for a guarantee: the loan it guarantees (required for a guarantee under the safe harbour)
 * @param durationMonths the loan's or the guarantee's duration in months (required under the safe harbour)
 * @param collateralPercent for a loan: the share of the loan its collateral covers, in per cent (required for a loan
 *     under the safe harbour)
 * @param collectiveInsolvency whether, when the aid was granted, the beneficiary was subject to collective insolvency
 *     proceedings or fulfilled the criteria of its national law for being placed in them at its creditors' request
 * @param largeUndertaking whether the beneficiary was a large undertaking when the aid was granted
 * @param ratingAtLeastBMinus for a large undertaking: whether it was in a situation comparable to a credit rating of
 *     at least B- (required when {@code largeUndertaking} is true)
 */
public record AidTerms(
        @NotNull GgeMethod method,
        @NotNull MonetaryAmount amount,
        MonetaryAmount underlyingLoan,
        @Min(1) @Max(1200) Integer durationMonths,
        @DecimalMin("0") @DecimalMax("100") BigDecimal collateralPercent,
        @NotNull Boolean collectiveInsolvency,
        @NotNull Boolean largeUndertaking,
        Boolean ratingAtLeastBMinus) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .method(method)
                .amount(amount)
                .underlyingLoan(underlyingLoan)
                .durationMonths(durationMonths)
                .collateralPercent(collateralPercent)
                .collectiveInsolvency(collectiveInsolvency)
                .largeUndertaking(largeUndertaking)
                .ratingAtLeastBMinus(ratingAtLeastBMinus);
    }

    /** Builds {@link AidTerms} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private GgeMethod method;
        private MonetaryAmount amount;
        private MonetaryAmount underlyingLoan;
        private Integer durationMonths;
        private BigDecimal collateralPercent;
        private Boolean collectiveInsolvency;
        private Boolean largeUndertaking;
        private Boolean ratingAtLeastBMinus;

        private Builder() {
        }

        /** Sets {@link AidTerms#method()}. */
        public Builder method(GgeMethod method) {
            this.method = method;
            return this;
        }

        /** Sets {@link AidTerms#amount()}. */
        public Builder amount(MonetaryAmount amount) {
            this.amount = amount;
            return this;
        }

        /** Sets {@link AidTerms#underlyingLoan()}. */
        public Builder underlyingLoan(MonetaryAmount underlyingLoan) {
            this.underlyingLoan = underlyingLoan;
            return this;
        }

        /** Sets {@link AidTerms#durationMonths()}. */
        public Builder durationMonths(Integer durationMonths) {
            this.durationMonths = durationMonths;
            return this;
        }

        /** Sets {@link AidTerms#collateralPercent()}. */
        public Builder collateralPercent(BigDecimal collateralPercent) {
            this.collateralPercent = collateralPercent;
            return this;
        }

        /** Sets {@link AidTerms#collectiveInsolvency()}. */
        public Builder collectiveInsolvency(Boolean collectiveInsolvency) {
            this.collectiveInsolvency = collectiveInsolvency;
            return this;
        }

        /** Sets {@link AidTerms#largeUndertaking()}. */
        public Builder largeUndertaking(Boolean largeUndertaking) {
            this.largeUndertaking = largeUndertaking;
            return this;
        }

        /** Sets {@link AidTerms#ratingAtLeastBMinus()}. */
        public Builder ratingAtLeastBMinus(Boolean ratingAtLeastBMinus) {
            this.ratingAtLeastBMinus = ratingAtLeastBMinus;
            return this;
        }

        /** The record of the components set. */
        public AidTerms build() {
            return new AidTerms(method, amount, underlyingLoan, durationMonths, collateralPercent, collectiveInsolvency,
                    largeUndertaking, ratingAtLeastBMinus);
        }
    }
}
