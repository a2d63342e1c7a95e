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
 * @param innovationReports the innovation indicators reported by supported SMEs, per reporting period
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
        @Size(max = 100_000) List<@NotNull @Valid InnovationReport> innovationReports,
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
        innovationReports = Lists.copy(innovationReports);
    }

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .referenceDate(referenceDate)
                .action(action)
                .beneficiaries(beneficiaries)
                .openCalls(openCalls)
                .thirdParties(thirdParties)
                .awards(awards)
                .exchangeRates(exchangeRates)
                .enterprises(enterprises)
                .holdings(holdings)
                .jointGroups(jointGroups)
                .adjacentMarkets(adjacentMarkets)
                .budgetLines(budgetLines)
                .innovationReports(innovationReports)
                .notes(notes);
    }

    /** Builds {@link CaseFile} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private LocalDate referenceDate;
        private Action action;
        private List<Beneficiary> beneficiaries;
        private List<OpenCall> openCalls;
        private List<ThirdParty> thirdParties;
        private List<Award> awards;
        private List<ExchangeRate> exchangeRates;
        private List<Enterprise> enterprises;
        private List<Holding> holdings;
        private List<JointGroup> jointGroups;
        private List<AdjacentMarkets> adjacentMarkets;
        private List<BudgetLine> budgetLines;
        private List<InnovationReport> innovationReports;
        private String notes;

        private Builder() {
        }

        /** Sets {@link CaseFile#referenceDate()}. */
        public Builder referenceDate(LocalDate referenceDate) {
            this.referenceDate = referenceDate;
            return this;
        }

        /** Sets {@link CaseFile#action()}. */
        public Builder action(Action action) {
            this.action = action;
            return this;
        }

        /** Sets {@link CaseFile#beneficiaries()} to a copy of the list. */
        public Builder beneficiaries(List<Beneficiary> beneficiaries) {
            this.beneficiaries = Lists.copyOrNull(beneficiaries);
            return this;
        }

        /** Sets {@link CaseFile#openCalls()} to a copy of the list. */
        public Builder openCalls(List<OpenCall> openCalls) {
            this.openCalls = Lists.copyOrNull(openCalls);
            return this;
        }

        /** Sets {@link CaseFile#thirdParties()} to a copy of the list. */
        public Builder thirdParties(List<ThirdParty> thirdParties) {
            this.thirdParties = Lists.copyOrNull(thirdParties);
            return this;
        }

        /** Sets {@link CaseFile#awards()} to a copy of the list. */
        public Builder awards(List<Award> awards) {
            this.awards = Lists.copyOrNull(awards);
            return this;
        }

        /** Sets {@link CaseFile#exchangeRates()} to a copy of the list. */
        public Builder exchangeRates(List<ExchangeRate> exchangeRates) {
            this.exchangeRates = Lists.copyOrNull(exchangeRates);
            return this;
        }

        /** Sets {@link CaseFile#enterprises()} to a copy of the list. */
        public Builder enterprises(List<Enterprise> enterprises) {
            this.enterprises = Lists.copyOrNull(enterprises);
            return this;
        }

        /** Sets {@link CaseFile#holdings()} to a copy of the list. */
        public Builder holdings(List<Holding> holdings) {
            this.holdings = Lists.copyOrNull(holdings);
            return this;
        }

        /** Sets {@link CaseFile#jointGroups()} to a copy of the list. */
        public Builder jointGroups(List<JointGroup> jointGroups) {
            this.jointGroups = Lists.copyOrNull(jointGroups);
            return this;
        }

        /** Sets {@link CaseFile#adjacentMarkets()} to a copy of the list. */
        public Builder adjacentMarkets(List<AdjacentMarkets> adjacentMarkets) {
            this.adjacentMarkets = Lists.copyOrNull(adjacentMarkets);
            return this;
        }

        /** Sets {@link CaseFile#budgetLines()} to a copy of the list. */
        public Builder budgetLines(List<BudgetLine> budgetLines) {
            this.budgetLines = Lists.copyOrNull(budgetLines);
            return this;
        }

        /** Sets {@link CaseFile#innovationReports()} to a copy of the list. */
        public Builder innovationReports(List<InnovationReport> innovationReports) {
            this.innovationReports = Lists.copyOrNull(innovationReports);
            return this;
        }

        /** Sets {@link CaseFile#notes()}. */
        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        /** The record of the components set. */
        public CaseFile build() {
            return new CaseFile(referenceDate, action, beneficiaries, openCalls, thirdParties, awards, exchangeRates,
                    enterprises, holdings, jointGroups, adjacentMarkets, budgetLines, innovationReports, notes);
        }
    }
}
