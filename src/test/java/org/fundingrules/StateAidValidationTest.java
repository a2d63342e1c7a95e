package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundingrules.json.CaseValidator;
import org.fundingrules.model.AidForm;
import org.fundingrules.model.AidGrant;
import org.fundingrules.model.AidRegime;
import org.fundingrules.model.AidTerms;
import org.fundingrules.model.AidTransfer;
import org.fundingrules.model.GgeMethod;
import org.fundingrules.model.TransferKind;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;

/** The cross-field checks of the de minimis data: aid ids unique, gross amounts not negative, real country codes. */
class StateAidValidationTest {

    /** An earlier de minimis aid of the Region, granted on 2023-01-01; a builder, for the tests to add to. */
    private static AidGrant.Builder aid(String id, String memberState, String grossAmount) {
        return AidGrant.builder()
                .id(id)
                .grantor("Region")
                .memberState(memberState)
                .regime(AidRegime.DE_MINIMIS)
                .grantDate(LocalDate.of(2023, 1, 1))
                .grossAmount(TestCases.eur(grossAmount));
    }

    @Test
    void aValidHistoryPasses() {
        CaseValidator.check(DeMinimisProperties.build(LocalDate.of(2024, 6, 1), List.of(
                aid("a1", "IT", "1000.00").build()), 100));
    }

    @Test
    void duplicateIdsNegativeAmountsAndUnknownCountriesAreReported() {
        var e = catchThrowableOfType(InvalidCaseException.class, () -> CaseValidator.check(DeMinimisProperties.build(
                LocalDate.of(2024, 6, 1), List.of(
                        aid("a1", "IT", "-1.00").build(),
                        aid("a1", "UK", "1.00").build()), 100)));
        assertThat(e.problems()).extracting(Problem::path, Problem::code).contains(
                org.assertj.core.groups.Tuple.tuple("$.enterprises[0].aidHistory[0].grossAmount.amount", "negative_amount"),
                org.assertj.core.groups.Tuple.tuple("$.enterprises[0].aidHistory[1].id", "duplicate_id"),
                org.assertj.core.groups.Tuple.tuple("$.enterprises[0].aidHistory[1].memberState", "unknown_country"));
    }

    @Test
    void aSplitWithoutShareAMergerWithAPartialShareAndNonPositiveEligibleCostsAreReported() {
        var split = AidTransfer.builder().kind(TransferKind.SPLIT).from("Omega Srl").date(LocalDate.of(2023, 9, 1))
                .build();
        var merger = split.toBuilder().kind(TransferKind.MERGER).sharePercent(BigDecimal.valueOf(40)).build();
        var e = catchThrowableOfType(InvalidCaseException.class, () -> CaseValidator.check(DeMinimisProperties.build(
                LocalDate.of(2024, 6, 1), List.of(
                        aid("a1", "IT", "1000.00").eligibleCosts(TestCases.eur("0.00")).transfer(split).build(),
                        aid("a2", "IT", "1000.00").transfer(merger).build()), 100)));
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
        var safeLoan = AidTerms.builder()
                .method(GgeMethod.SAFE_HARBOUR)
                .amount(TestCases.eur("100000.00"))
                .underlyingLoan(TestCases.eur("200000.00"))
                .collectiveInsolvency(false)
                .largeUndertaking(true)
                .build();
        var guarantee = AidTerms.builder()
                .method(GgeMethod.SAFE_HARBOUR)
                .amount(TestCases.eur("300000.00"))
                .underlyingLoan(TestCases.eur("200000.00"))
                .durationMonths(60)
                .collateralPercent(BigDecimal.TEN)
                .collectiveInsolvency(false)
                .largeUndertaking(false)
                .build();
        var onAGrant = AidTerms.builder()
                .method(GgeMethod.GRANTOR_CALCULATION)
                .amount(TestCases.eur("1.00"))
                .collectiveInsolvency(false)
                .largeUndertaking(false)
                .build();
        var e = catchThrowableOfType(InvalidCaseException.class, () -> CaseValidator.check(DeMinimisProperties.build(
                LocalDate.of(2024, 6, 1), List.of(
                        aid("a1", "IT", "1000.00").form(AidForm.LOAN).terms(safeLoan).build(),
                        aid("a2", "IT", "1000.00").form(AidForm.GUARANTEE).terms(guarantee).build(),
                        aid("a3", "IT", "1000.00").form(AidForm.GRANT).terms(onAGrant).build()), 100)));
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
