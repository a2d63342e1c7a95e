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

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .periodEnd(periodEnd)
                .basis(basis)
                .staffAwu(staffAwu)
                .staff(staff)
                .turnover(turnover)
                .balanceSheetTotal(balanceSheetTotal)
                .consolidated(consolidated)
                .consolidates(consolidates)
                .ownFunds(ownFunds)
                .debtToEquity(debtToEquity)
                .interestCoverage(interestCoverage);
    }

    /** Builds {@link AccountingPeriod} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private LocalDate periodEnd;
        private AccountsBasis basis;
        private BigDecimal staffAwu;
        private List<StaffMember> staff;
        private MonetaryAmount turnover;
        private MonetaryAmount balanceSheetTotal;
        private Boolean consolidated;
        private List<String> consolidates;
        private OwnFunds ownFunds;
        private BigDecimal debtToEquity;
        private BigDecimal interestCoverage;

        private Builder() {
        }

        /** Sets {@link AccountingPeriod#periodEnd()}. */
        public Builder periodEnd(LocalDate periodEnd) {
            this.periodEnd = periodEnd;
            return this;
        }

        /** Sets {@link AccountingPeriod#basis()}. */
        public Builder basis(AccountsBasis basis) {
            this.basis = basis;
            return this;
        }

        /** Sets {@link AccountingPeriod#staffAwu()}. */
        public Builder staffAwu(BigDecimal staffAwu) {
            this.staffAwu = staffAwu;
            return this;
        }

        /** Sets {@link AccountingPeriod#staff()} to a copy of the list. */
        public Builder staff(List<StaffMember> staff) {
            this.staff = Lists.copyOrNull(staff);
            return this;
        }

        /** Sets {@link AccountingPeriod#turnover()}. */
        public Builder turnover(MonetaryAmount turnover) {
            this.turnover = turnover;
            return this;
        }

        /** Sets {@link AccountingPeriod#balanceSheetTotal()}. */
        public Builder balanceSheetTotal(MonetaryAmount balanceSheetTotal) {
            this.balanceSheetTotal = balanceSheetTotal;
            return this;
        }

        /** Sets {@link AccountingPeriod#consolidated()}. */
        public Builder consolidated(Boolean consolidated) {
            this.consolidated = consolidated;
            return this;
        }

        /** Sets {@link AccountingPeriod#consolidates()} to a copy of the list. */
        public Builder consolidates(List<String> consolidates) {
            this.consolidates = Lists.copyOrNull(consolidates);
            return this;
        }

        /** Sets {@link AccountingPeriod#ownFunds()}. */
        public Builder ownFunds(OwnFunds ownFunds) {
            this.ownFunds = ownFunds;
            return this;
        }

        /** Sets {@link AccountingPeriod#debtToEquity()}. */
        public Builder debtToEquity(BigDecimal debtToEquity) {
            this.debtToEquity = debtToEquity;
            return this;
        }

        /** Sets {@link AccountingPeriod#interestCoverage()}. */
        public Builder interestCoverage(BigDecimal interestCoverage) {
            this.interestCoverage = interestCoverage;
            return this;
        }

        /** The record of the components set. */
        public AccountingPeriod build() {
            return new AccountingPeriod(periodEnd, basis, staffAwu, staff, turnover, balanceSheetTotal, consolidated,
                    consolidates, ownFunds, debtToEquity, interestCoverage);
        }
    }
}
