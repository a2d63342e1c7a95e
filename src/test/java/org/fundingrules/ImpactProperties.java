package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fundingrules.model.Award;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.Direction;
import org.fundingrules.model.InnovationReport;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.ReportSource;
import org.fundingrules.model.ReportingPeriod;
import org.fundingrules.model.ResourceEfficiency;
import org.fundingrules.model.ThirdParty;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.SubjectType;
import org.fundingrules.trace.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The innovation indicators against a plain-Java oracle written from decisions IMPACT-1 to IMPACT-3 (not from the
 * rules' helpers), on generated calls, plans, awards and reports: who owes which report, which are missing or late,
 * the counts per call and over the action, and turnover growth from each company's latest report.
 */
class ImpactProperties {
    private static final LocalDate REFERENCE = LocalDate.of(2023, 12, 31);

    /** A case from a seed: 1-3 calls with 1-4 periods each, 1-6 recipients, reports on time, late or missing. */
    static CaseFile world(long seed) {
        Random r = new Random(seed);
        List<OpenCall> calls = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int c = 1; c <= n; c++) {
            List<ReportingPeriod> plan = new ArrayList<>();
            LocalDate start = LocalDate.of(2022, 7, 1).plusDays(r.nextInt(60));
            for (int k = 1, periods = 1 + r.nextInt(4); k <= periods; k++) {
                LocalDate end = start.plusDays(89);
                plan.add(ReportingPeriod.builder().id("p" + k).start(start).end(end).due(end.plusDays(20)).build());
                start = end.plusDays(1);
            }
            calls.add(TestCases.call("c" + c, "60000.00").toBuilder().reportingPlan(plan).build());
        }
        List<ThirdParty> parties = new ArrayList<>();
        List<Award> awards = new ArrayList<>();
        List<InnovationReport> reports = new ArrayList<>();
        for (int t = 1, m = 1 + r.nextInt(6); t <= m; t++) {
            parties.add(TestCases.thirdParty("t" + t));
            for (OpenCall c : calls) {
                if (r.nextInt(3) == 0 && !(c == calls.get(calls.size() - 1) && awardsTo("t" + t, awards) == 0)) {
                    continue;
                }
                LocalDate date = LocalDate.of(2022, 6, 1).plusDays(r.nextInt(270));
                awards.add(TestCases.award("w" + t + c.id(), c.id(), "t" + t, TestCases.eur("1000.00")).toBuilder()
                        .date(date).build());
                for (ReportingPeriod p : c.reportingPlan()) {
                    if (r.nextInt(10) < 3) {
                        continue;
                    }
                    LocalDate latest = p.due().plusDays(40).isAfter(REFERENCE) ? REFERENCE : p.due().plusDays(40);
                    long span = latest.toEpochDay() - p.start().toEpochDay();
                    reports.add(report(r, "r" + t + c.id() + p.id(), "t" + t, c.id(), p.id(),
                            p.start().plusDays(span < 0 ? 0 : r.nextInt((int) span + 1))));
                }
            }
        }
        return TestCases.action(calls, parties, awards).toBuilder().referenceDate(REFERENCE)
                .innovationReports(reports).build();
    }

    private static long awardsTo(String party, List<Award> awards) {
        return awards.stream().filter(w -> w.thirdPartyId().equals(party)).count();
    }

    private static InnovationReport report(Random r, String id, String party, String call, String period,
                                           LocalDate reported) {
        boolean turnover = r.nextInt(10) < 6;
        return InnovationReport.builder().id(id).thirdPartyId(party).callId(call).periodId(period).reported(reported)
                .source(r.nextBoolean() ? ReportSource.VERIFIED : ReportSource.SELF_DECLARED)
                .products(r.nextInt(4)).services(r.nextInt(4)).processes(r.nextInt(4))
                .marketingMethods(r.nextInt(4)).organisationalMethods(r.nextInt(4))
                .turnover(turnover ? TestCases.cents(r.nextInt(1_000_000_000)) : null)
                .turnoverBaseline(turnover ? TestCases.cents(r.nextInt(1_000_000_000)) : null)
                .resourceEfficiency(r.nextBoolean() ? null : ResourceEfficiency.builder().measure("energy")
                        .unit("kWh").baseline(BigDecimal.valueOf(r.nextInt(50))).value(BigDecimal.valueOf(r.nextInt(50)))
                        .better(r.nextBoolean() ? Direction.LOWER : Direction.HIGHER).build())
                .build();
    }

    /** The oracle's count of what becomes of the reports a call owes: owed, missing, late. */
    private record Delivery(int owed, int missing, int late) {
    }

    private static Delivery delivery(CaseFile f, OpenCall c) {
        Map<String, LocalDate> first = new HashMap<>();
        for (Award w : f.awards()) {
            if (w.callId().equals(c.id())) {
                first.merge(w.thirdPartyId(), w.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        int owed = 0;
        int missing = 0;
        int late = 0;
        for (var e : first.entrySet()) {
            for (ReportingPeriod p : c.reportingPlan()) {
                if (e.getValue().isAfter(p.end())) {
                    continue;
                }
                owed++;
                InnovationReport got = f.innovationReports().stream().filter(x -> x.thirdPartyId().equals(e.getKey())
                        && x.callId().equals(c.id()) && x.periodId().equals(p.id())).findFirst().orElse(null);
                missing += got == null && REFERENCE.isAfter(p.due()) ? 1 : 0;
                late += got != null && got.reported().isAfter(p.due()) ? 1 : 0;
            }
        }
        return new Delivery(owed, missing, late);
    }

    private static LocalDate periodEnd(CaseFile f, InnovationReport x) {
        return f.openCalls().stream().filter(c -> c.id().equals(x.callId())).findFirst().orElseThrow()
                .reportingPlan().stream().filter(p -> p.id().equals(x.periodId())).findFirst().orElseThrow().end();
    }

    /** Turnover growth over the action: each company's latest report (period end, then call id), where both given. */
    private static BigDecimal turnoverGrowth(CaseFile f) {
        Map<String, InnovationReport> latest = new HashMap<>();
        Comparator<InnovationReport> order = Comparator.comparing((InnovationReport x) -> periodEnd(f, x))
                .thenComparing(InnovationReport::callId);
        for (InnovationReport x : f.innovationReports()) {
            latest.merge(x.thirdPartyId(), x, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        BigDecimal growth = BigDecimal.ZERO;
        for (InnovationReport x : latest.values()) {
            if (x.turnover() != null) {
                growth = growth.add(x.turnover().getNumber().numberValue(BigDecimal.class))
                        .subtract(x.turnoverBaseline().getNumber().numberValue(BigDecimal.class));
            }
        }
        return growth;
    }

    private static Criterion criterion(Verdict v, String ruleId) {
        return v.criteria().stream().filter(c -> c.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(v.subject().id() + " has no " + ruleId));
    }

    private static BigDecimal figure(Criterion c, String name) {
        return c.figures().stream().filter(x -> x.name().equals(name)).map(x -> new BigDecimal(x.value()))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + name));
    }

    @Test
    void theRulesAgreeWithTheOracleOnDeliveryAndTotals() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            CaseFile f = world(seed);
            Evaluation e = TestCases.RULES.evaluate(f);
            long products = 0;
            for (OpenCall c : f.openCalls()) {
                Verdict v = e.verdict(SubjectType.OPEN_CALL, c.id()).orElseThrow();
                Delivery d = delivery(f, c);
                Criterion complete = criterion(v, "impact.reports.complete");
                assertThat(figure(complete, "reports owed (due or not yet due)")).isEqualByComparingTo("" + d.owed());
                assertThat(figure(complete, "reports due and not received")).isEqualByComparingTo("" + d.missing());
                assertThat(complete.outcome().name()).isEqualTo(d.missing() > 0 ? "FAIL" : "PASS");
                Criterion onTime = criterion(v, "impact.reports.on_time");
                assertThat(figure(onTime, "reports received after their due date")).isEqualByComparingTo("" + d.late());
                long callProducts = f.innovationReports().stream().filter(x -> x.callId().equals(c.id()))
                        .mapToLong(InnovationReport::products).sum();
                assertThat(figure(criterion(v, "impact.indicators"), "new or significantly improved products (goods)"))
                        .isEqualByComparingTo("" + callProducts);
                products += callProducts;
            }
            Criterion total = criterion(e.verdict(SubjectType.ACTION, "T-1").orElseThrow(), "impact.indicators");
            assertThat(figure(total, "new or significantly improved products (goods)"))
                    .as("the calls' counts add up to the action's").isEqualByComparingTo("" + products);
            assertThat(figure(total, "reports added up")).isEqualByComparingTo("" + f.innovationReports().size());
            assertThat(figure(total, "turnover growth (latest turnover minus baseline)"))
                    .isEqualByComparingTo(turnoverGrowth(f));
            // every report is accounted for, by path
            assertThat(e.notAssessed()).filteredOn(x -> x.path().startsWith("$.innovationReports"))
                    .hasSize(f.innovationReports().size());
        });
    }
}
