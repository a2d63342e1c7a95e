package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.fundingrules.json.CaseValidator;
import org.fundingrules.model.AidGrant;
import org.fundingrules.model.AidRegime;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;

/** The cross-field checks of the de minimis data: aid ids unique, gross amounts not negative, real country codes. */
class StateAidValidationTest {

    @Test
    void aValidHistoryPasses() {
        CaseValidator.check(DeMinimisProperties.build(LocalDate.of(2024, 6, 1), List.of(
                new AidGrant("a1", "Region", "IT", AidRegime.DE_MINIMIS, LocalDate.of(2023, 1, 1),
                        TestCases.eur("1000.00"), null, null, null, null, null, null, null)), 100));
    }

    @Test
    void duplicateIdsNegativeAmountsAndUnknownCountriesAreReported() {
        var e = catchThrowableOfType(InvalidCaseException.class, () -> CaseValidator.check(DeMinimisProperties.build(
                LocalDate.of(2024, 6, 1), List.of(
                        new AidGrant("a1", "Region", "IT", AidRegime.DE_MINIMIS, LocalDate.of(2023, 1, 1),
                                TestCases.eur("-1.00"), null, null, null, null, null, null, null),
                        new AidGrant("a1", "Region", "UK", AidRegime.DE_MINIMIS, LocalDate.of(2023, 1, 1),
                                TestCases.eur("1.00"), null, null, null, null, null, null, null)), 100)));
        assertThat(e.problems()).extracting(Problem::path, Problem::code).contains(
                org.assertj.core.groups.Tuple.tuple("$.enterprises[0].aidHistory[0].grossAmount.amount", "negative_amount"),
                org.assertj.core.groups.Tuple.tuple("$.enterprises[0].aidHistory[1].id", "duplicate_id"),
                org.assertj.core.groups.Tuple.tuple("$.enterprises[0].aidHistory[1].memberState", "unknown_country"));
    }

    @Test
    void aSplitWithoutShareAMergerWithAPartialShareAndNonPositiveEligibleCostsAreReported() {
        var split = new org.fundingrules.model.AidTransfer(org.fundingrules.model.TransferKind.SPLIT, "Omega Srl",
                LocalDate.of(2023, 9, 1), null);
        var merger = new org.fundingrules.model.AidTransfer(org.fundingrules.model.TransferKind.MERGER, "Omega Srl",
                LocalDate.of(2023, 9, 1), java.math.BigDecimal.valueOf(40));
        var e = catchThrowableOfType(InvalidCaseException.class, () -> CaseValidator.check(DeMinimisProperties.build(
                LocalDate.of(2024, 6, 1), List.of(
                        new AidGrant("a1", "Region", "IT", AidRegime.DE_MINIMIS, LocalDate.of(2023, 1, 1),
                                TestCases.eur("1000.00"), null, null, null, null, TestCases.eur("0.00"), split, null),
                        new AidGrant("a2", "Region", "IT", AidRegime.DE_MINIMIS, LocalDate.of(2023, 1, 1),
                                TestCases.eur("1000.00"), null, null, null, null, null, merger, null)), 100)));
        assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.enterprises[0].aidHistory[0].eligibleCosts.amount", "negative_amount"),
                org.assertj.core.groups.Tuple.tuple("$.enterprises[0].aidHistory[0].transfer.sharePercent", "required_for_split"),
                org.assertj.core.groups.Tuple.tuple("$.enterprises[0].aidHistory[1].transfer.sharePercent", "whole_aid_counts"));
    }

    @Test
    void aMonitoringBlockWithoutARegisterThatCoversThreeYearsIsRefused() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("examples/state-aid/case.json"));
        String declarations = "\"centralRegister\": \"NONE\",\n          \"registerCoversThreeYears\": false";
        assertThat(text).contains(declarations);
        String inconsistent = text.replace(declarations,
                "\"centralRegister\": \"NONE\",\n          \"registerCoversThreeYears\": true");
        var e = catchThrowableOfType(InvalidCaseException.class,
                () -> org.fundingrules.json.FundingJson.readCase(inconsistent));
        assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.openCalls[0].stateAid.monitoring.registerCoversThreeYears",
                        "monitoring_inconsistent"));
        CaseValidator.check(org.fundingrules.json.FundingJson.readCase(text));
    }

    @Test
    void termsOfALoanOrAGuaranteeAreCheckedForTheirFormAndMethod() {
        var safeLoan = new org.fundingrules.model.AidTerms(org.fundingrules.model.GgeMethod.SAFE_HARBOUR,
                TestCases.eur("100000.00"), TestCases.eur("200000.00"), null, null, false, true, null);
        var guarantee = new org.fundingrules.model.AidTerms(org.fundingrules.model.GgeMethod.SAFE_HARBOUR,
                TestCases.eur("300000.00"), TestCases.eur("200000.00"), 60, java.math.BigDecimal.TEN, false, false,
                null);
        var onAGrant = new org.fundingrules.model.AidTerms(org.fundingrules.model.GgeMethod.GRANTOR_CALCULATION,
                TestCases.eur("1.00"), null, null, null, false, false, null);
        var e = catchThrowableOfType(InvalidCaseException.class, () -> CaseValidator.check(DeMinimisProperties.build(
                LocalDate.of(2024, 6, 1), List.of(
                        new AidGrant("a1", "Region", "IT", AidRegime.DE_MINIMIS, LocalDate.of(2023, 1, 1),
                                TestCases.eur("1000.00"), null, org.fundingrules.model.AidForm.LOAN, null, null, null,
                                null, safeLoan),
                        new AidGrant("a2", "Region", "IT", AidRegime.DE_MINIMIS, LocalDate.of(2023, 1, 1),
                                TestCases.eur("1000.00"), null, org.fundingrules.model.AidForm.GUARANTEE, null, null,
                                null, null, guarantee),
                        new AidGrant("a3", "Region", "IT", AidRegime.DE_MINIMIS, LocalDate.of(2023, 1, 1),
                                TestCases.eur("1000.00"), null, org.fundingrules.model.AidForm.GRANT, null, null, null,
                                null, onAGrant)), 100)));
        String a = "$.enterprises[0].aidHistory[";
        assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(a + "0].terms.durationMonths", "terms_incomplete"),
                org.assertj.core.groups.Tuple.tuple(a + "0].terms.collateralPercent", "terms_incomplete"),
                org.assertj.core.groups.Tuple.tuple(a + "0].terms.underlyingLoan", "invalid_value"),
                org.assertj.core.groups.Tuple.tuple(a + "0].terms.ratingAtLeastBMinus", "terms_incomplete"),
                org.assertj.core.groups.Tuple.tuple(a + "1].terms.collateralPercent", "invalid_value"),
                org.assertj.core.groups.Tuple.tuple(a + "1].terms.amount", "exceeds_total"),
                org.assertj.core.groups.Tuple.tuple(a + "2].terms", "terms_form_mismatch"));
    }
}
