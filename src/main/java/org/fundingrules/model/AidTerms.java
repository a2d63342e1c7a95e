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
}
