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
}
