package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One funded action as of a reference date: the root of the JSON case file.
 *
 * <p>Lists are unmodifiable copies; null elements are kept so that validation reports them by path.
 *
 * <p>The reference date decides which rules and parameter values are in force; the machine clock never does.
 * Lists are copied and never null (an absent list reads as empty). Later rule families add their own lists
 * here (enterprises, budget lines, aid history) as new optional components.
 *
 * @param referenceDate the date as of which the case is judged
 * @param action the funded action (grant)
 * @param beneficiaries the parties to the grant agreement
 * @param openCalls the open calls for third parties run under the action
 * @param thirdParties the applicants and recipients of financial support
 * @param awards the financial support awarded to third parties
 * @param exchangeRates rates to convert amounts in other currencies to EUR
 * @param enterprises enterprises, investors, public bodies and natural persons of the ownership structures
 *     (SME definition)
 * @param holdings who holds what share of which enterprise, with control rights
 * @param jointGroups natural persons acting jointly
 * @param adjacentMarkets pairs of adjacent markets, for links through natural persons
 * @param budgetLines the action's budget, line by line (INNOSUP-01 SME share)
 * @param notes free text: where the data come from, what is illustrative; not read by any rule
 */
public record CaseFile(
        @NotNull LocalDate referenceDate,
        @NotNull @Valid Action action,
        @Size(max = 10_000) List<@NotNull @Valid Beneficiary> beneficiaries,
        @Size(max = 10_000) List<@NotNull @Valid OpenCall> openCalls,
        @Size(max = 1_000_000) List<@NotNull @Valid ThirdParty> thirdParties,
        @Size(max = 1_000_000) List<@NotNull @Valid Award> awards,
        @Size(max = 200) List<@NotNull @Valid ExchangeRate> exchangeRates,
        @Size(max = 1_000_000) List<@NotNull @Valid Enterprise> enterprises,
        @Size(max = 1_000_000) List<@NotNull @Valid Holding> holdings,
        @Size(max = 10_000) List<@NotNull @Valid JointGroup> jointGroups,
        @Size(max = 10_000) List<@NotNull @Valid AdjacentMarkets> adjacentMarkets,
        @Size(max = 100_000) List<@NotNull @Valid BudgetLine> budgetLines,
        @Size(max = 5000) String notes) {

    public CaseFile {
        beneficiaries = Lists.copy(beneficiaries);
        openCalls = Lists.copy(openCalls);
        thirdParties = Lists.copy(thirdParties);
        awards = Lists.copy(awards);
        exchangeRates = Lists.copy(exchangeRates);
        enterprises = Lists.copy(enterprises);
        holdings = Lists.copy(holdings);
        jointGroups = Lists.copy(jointGroups);
        adjacentMarkets = Lists.copy(adjacentMarkets);
        budgetLines = Lists.copy(budgetLines);
    }
}
