package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import javax.money.MonetaryAmount;

/**
 * One line of the action's budget: a beneficiary's cost category and what it pays for.
 *
 * @param id identifier within the case file
 * @param beneficiaryId the beneficiary whose budget it is
 * @param category the cost category as the grant names it (personnel, subcontracting, financial support to third
 *     parties, other direct costs, indirect costs, ...)
 * @param purpose what it pays for, for the SME share
 * @param amount the planned amount (the proposal's budget)
 * @param smeEarmarked for financial support to third parties: the part earmarked for SMEs in the plan
 * @param spent the amount actually spent so far, for the reporting view; absent when not reported
 * @param description free text
 */
public record BudgetLine(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank String beneficiaryId,
        @Size(max = 100) String category,
        @NotNull BudgetPurpose purpose,
        @NotNull MonetaryAmount amount,
        MonetaryAmount smeEarmarked,
        MonetaryAmount spent,
        @Size(max = 1000) String description) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .beneficiaryId(beneficiaryId)
                .category(category)
                .purpose(purpose)
                .amount(amount)
                .smeEarmarked(smeEarmarked)
                .spent(spent)
                .description(description);
    }

    /** Builds {@link BudgetLine} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String beneficiaryId;
        private String category;
        private BudgetPurpose purpose;
        private MonetaryAmount amount;
        private MonetaryAmount smeEarmarked;
        private MonetaryAmount spent;
        private String description;

        private Builder() {
        }

        /** Sets {@link BudgetLine#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link BudgetLine#beneficiaryId()}. */
        public Builder beneficiaryId(String beneficiaryId) {
            this.beneficiaryId = beneficiaryId;
            return this;
        }

        /** Sets {@link BudgetLine#category()}. */
        public Builder category(String category) {
            this.category = category;
            return this;
        }

        /** Sets {@link BudgetLine#purpose()}. */
        public Builder purpose(BudgetPurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        /** Sets {@link BudgetLine#amount()}. */
        public Builder amount(MonetaryAmount amount) {
            this.amount = amount;
            return this;
        }

        /** Sets {@link BudgetLine#smeEarmarked()}. */
        public Builder smeEarmarked(MonetaryAmount smeEarmarked) {
            this.smeEarmarked = smeEarmarked;
            return this;
        }

        /** Sets {@link BudgetLine#spent()}. */
        public Builder spent(MonetaryAmount spent) {
            this.spent = spent;
            return this;
        }

        /** Sets {@link BudgetLine#description()}. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The record of the components set. */
        public BudgetLine build() {
            return new BudgetLine(id, beneficiaryId, category, purpose, amount, smeEarmarked, spent, description);
        }
    }
}
