package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The figures of one accounting period (Annex Art. 4).
 *
 * @param periodEnd last day of the period (for an estimate: of the current financial year)
 * @param basis approved accounts or a good-faith estimate
 * @param staffAwu staff headcount in annual work units; or give {@code staff} and it is computed
 * @param staff the inputs to compute the headcount (Annex Art. 5)
 * @param turnover annual turnover, excluding VAT and other indirect taxes
 * @param balanceSheetTotal annual balance-sheet total
 * @param consolidated whether these accounts are consolidated accounts
 * @param consolidates the enterprises whose data these consolidated accounts include
 * @param ownFunds share capital, premium, reserves and accumulated losses (undertaking in difficulty, GBER Art.
 *     2(18)(a), (b))
 * @param debtToEquity the book debt-to-equity ratio of the period (GBER Art. 2(18)(e), large enterprises)
 * @param interestCoverage the EBITDA interest coverage ratio of the period (GBER Art. 2(18)(e))
 */
public record AccountingPeriod(
        @NotNull LocalDate periodEnd,
        @NotNull AccountsBasis basis,
        @DecimalMin("0") @DecimalMax("100000000") BigDecimal staffAwu,
        @Size(max = 1000) List<@NotNull @Valid StaffMember> staff,
        MonetaryAmount turnover,
        MonetaryAmount balanceSheetTotal,
        Boolean consolidated,
        @Size(max = 10_000) List<@NotNull String> consolidates,
        @Valid OwnFunds ownFunds,
        @DecimalMin("-1000000") @DecimalMax("1000000") BigDecimal debtToEquity,
        @DecimalMin("-1000000") @DecimalMax("1000000") BigDecimal interestCoverage) {

    public AccountingPeriod {
        staff = Lists.copy(staff);
        consolidates = Lists.copy(consolidates);
    }
}
