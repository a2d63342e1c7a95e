package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.json.CaseValidator;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.ImpactTarget;
import org.fundingrules.model.Indicator;
import org.fundingrules.model.InnovationReport;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.ReportSource;
import org.fundingrules.model.ReportingPeriod;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.junit.jupiter.api.Test;

/**
 * The cross-field checks of reporting plans, innovation reports and targets (decision IMPACT-1): each refusal names
 * the field and the problem, and a case that breaks none is accepted.
 */
class ImpactValidationTest {
    private static final ReportingPeriod P1 = period("p1", "2023-01-01", "2023-06-30", "2023-07-31");
    private static final ReportingPeriod P2 = period("p2", "2023-07-01", "2023-12-31", "2024-01-31");

    private static ReportingPeriod period(String id, String start, String end, String due) {
        return ReportingPeriod.builder().id(id).start(LocalDate.parse(start)).end(LocalDate.parse(end))
                .due(LocalDate.parse(due)).build();
    }

    /** t1 is funded under c1 (plan p1, p2); c2 has a plan but funds nobody; the action plans a1 for b1. */
    private static CaseFile base(List<InnovationReport> reports) {
        OpenCall c1 = TestCases.call("c1", "60000.00").toBuilder().reportingPlan(List.of(P1, P2)).build();
        OpenCall c2 = TestCases.call("c2", "60000.00").toBuilder().reportingPlan(List.of(P1)).build();
        CaseFile f = TestCases.action(List.of(c1, c2), List.of(TestCases.thirdParty("t1")),
                List.of(TestCases.award("w1", "c1", "t1", TestCases.eur("1000.00"))));
        return f.toBuilder().referenceDate(LocalDate.of(2024, 3, 31))
                .action(f.action().toBuilder().reportingPlan(List.of(period("a1", "2022-01-01", "2022-12-31",
                        "2023-02-28"))).build())
                .innovationReports(reports).build();
    }

    private static InnovationReport.Builder report(String id) {
        return InnovationReport.builder().id(id).thirdPartyId("t1").callId("c1").periodId("p1")
                .reported(LocalDate.of(2023, 7, 10)).source(ReportSource.SELF_DECLARED).products(1).services(0)
                .processes(0).marketingMethods(0).organisationalMethods(0);
    }

    private static List<Problem> problems(CaseFile f) {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> CaseValidator.check(f));
        assertThat(e).as("the case is refused").isNotNull();
        return e.problems();
    }

    @Test
    void aReportByOneSupportedCompanyForAPeriodOfItsPlanIsAccepted() {
        CaseValidator.check(base(List.of(report("r1").build(), report("r2").periodId("p2")
                .reported(LocalDate.of(2024, 1, 5)).build(), report("r3").thirdPartyId(null).callId(null)
                .beneficiaryId("b1").periodId("a1").reported(LocalDate.of(2023, 2, 1)).build())));
    }

    @Test
    void aReportNotByExactlyOneCompanyIsRefused() {
        assertThat(problems(base(List.of(report("r1").beneficiaryId("b1").build(),
                report("r2").thirdPartyId(null).build()))))
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.innovationReports[0]", "one_reporter"),
                        tuple("$.innovationReports[1]", "one_reporter"));
    }

    @Test
    void aThirdPartysReportNamesACallThatFundedIt() {
        assertThat(problems(base(List.of(report("r1").callId(null).build(), report("r2").callId("c2").build(),
                report("r3").callId("c9").build(), report("r4").thirdPartyId("t9").build()))))
                .extracting(Problem::path, Problem::code, Problem::message)
                .containsExactly(
                        tuple("$.innovationReports[0].callId", "call_required", "a third party reports for a period "
                                + "of the plan of the open call that supported it: give callId"),
                        tuple("$.innovationReports[1].callId", "not_supported",
                                "'t1' received no award under open call 'c2'"),
                        tuple("$.innovationReports[2].callId", "unknown_reference", "no open call has id 'c9'"),
                        tuple("$.innovationReports[3].thirdPartyId", "unknown_reference",
                                "no third party has id 't9'"));
    }

    @Test
    void aBeneficiarysReportAnswersTheActionsPlanWithoutACall() {
        assertThat(problems(base(List.of(report("r1").thirdPartyId(null).beneficiaryId("b1").build(),
                report("r2").thirdPartyId(null).callId(null).beneficiaryId("b9").periodId("a1")
                        .reported(LocalDate.of(2023, 2, 1)).build()))))
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.innovationReports[0].callId", "call_not_allowed"),
                        tuple("$.innovationReports[1].beneficiaryId", "unknown_reference"));
    }

    @Test
    void aPeriodNotInThePlanASecondReportAndDatesOutsideThePeriodOrAfterTheReferenceDateAreRefused() {
        assertThat(problems(base(List.of(report("r1").build(), report("r2").build(),
                report("r3").periodId("p7").build(), report("r4").periodId("p2")
                        .reported(LocalDate.of(2024, 4, 2)).build(),
                report("r5").periodId("p2").reported(LocalDate.of(2023, 6, 1)).build()))))
                .extracting(Problem::path, Problem::code, Problem::message)
                .containsExactlyInAnyOrder(
                        tuple("$.innovationReports[1]", "duplicate_report", "the same company already reports for "
                                + "period 'p1' of open call 'c1' in $.innovationReports[0]"),
                        tuple("$.innovationReports[2].periodId", "unknown_reference",
                                "the reporting plan of open call 'c1' has no period 'p7'"),
                        tuple("$.innovationReports[3].reported", "after_reference_date", "the report was received "
                                + "on 2024-04-02, after the reference date 2024-03-31"),
                        tuple("$.innovationReports[4].reported", "end_before_start", "the report was received on "
                                + "2023-06-01, before its period starts (2023-07-01)"),
                        tuple("$.innovationReports[4]", "duplicate_report", "the same company already reports for "
                                + "period 'p2' of open call 'c1' in $.innovationReports[3]"));
    }

    @Test
    void periodsOutOfOrderOrOverlappingAreRefused() {
        CaseFile f = base(List.of());
        OpenCall c1 = f.openCalls().get(0).toBuilder().reportingPlan(List.of(
                period("p1", "2023-01-01", "2023-06-30", "2023-07-31"),
                period("p2", "2023-06-15", "2023-12-31", "2024-01-31"),
                period("p3", "2024-03-01", "2024-02-01", "2024-04-01"),
                period("p4", "2024-05-01", "2024-06-30", "2024-06-29"),
                period("p4", "2024-07-01", "2024-07-31", "2024-08-31"))).build();
        assertThat(problems(f.toBuilder().openCalls(List.of(c1, f.openCalls().get(1))).build()))
                .extracting(Problem::path, Problem::code)
                .containsExactlyInAnyOrder(tuple("$.openCalls[0].reportingPlan[2].end", "end_before_start"),
                        tuple("$.openCalls[0].reportingPlan[3].due", "end_before_start"),
                        tuple("$.openCalls[0].reportingPlan[4].id", "duplicate_id"),
                        tuple("$.openCalls[0].reportingPlan[1]", "overlapping_periods"));
    }

    @Test
    void aTargetForACountIsWholeAndOneIndicatorHasOneTargetPerDate() {
        CaseFile f = base(List.of());
        LocalDate by = LocalDate.of(2024, 8, 31);
        List<ImpactTarget> targets = List.of(new ImpactTarget(Indicator.PRODUCTS, new BigDecimal("2.5"), by),
                new ImpactTarget(Indicator.TURNOVER_GROWTH, new BigDecimal("1000.50"), by),
                new ImpactTarget(Indicator.TURNOVER_GROWTH, new BigDecimal("2000.00"), by));
        assertThat(problems(f.toBuilder().action(f.action().toBuilder().impactTargets(targets).build()).build()))
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.action.impactTargets[0].value", "not_whole"),
                        tuple("$.action.impactTargets[2]", "duplicate_target"));
    }

    @Test
    void aNegativeCountAndAMissingReportDateAreNamedByPathInTheJson() {
        String json = FundingJson.writeValue(base(List.of(report("r1").build())));
        var e = catchThrowableOfType(InvalidCaseException.class, () -> FundingJson.readCase(
                json.replace("\"products\" : 1", "\"products\" : -1").replace("\"reported\" : \"2023-07-10\",", "")));
        assertThat(e.problems()).extracting(Problem::path, Problem::code)
                .contains(tuple("$.innovationReports[0].products", "PositiveOrZero"),
                        tuple("$.innovationReports[0].reported", "NotNull"));
    }

    @Test
    void theReportingWorkIsBoundedUpFront() {
        List<InnovationReport> many = new ArrayList<>();
        for (int i = 0; i <= org.fundingrules.json.CaseLimits.MAX_REPORTING_WORK; i++) {
            many.add(report("r" + i).periodId(i % 2 == 0 ? "p1" : "p2").build());
        }
        assertThat(problems(base(many))).extracting(Problem::path, Problem::code)
                .contains(tuple("$.innovationReports", "case_too_large"));
    }

    @Test
    void beneficiariesWithoutAPlanReportNothing() {
        CaseFile f = base(List.of(report("r1").thirdPartyId(null).callId(null).beneficiaryId("b1").periodId("a1")
                .reported(LocalDate.of(2023, 2, 1)).build()));
        assertThat(problems(f.toBuilder().action(f.action().toBuilder().reportingPlan(List.of()).build()).build()))
                .extracting(Problem::path, Problem::code, Problem::message)
                .containsExactly(tuple("$.innovationReports[0].periodId", "unknown_reference",
                        "the reporting plan of the action has no period 'a1'"));
    }
}
