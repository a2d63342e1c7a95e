package org.fundingrules.bench;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.TestCases;
import org.fundingrules.trace.Verdict;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;

/**
 * The rules and the plain-Java {@link Oracle} agree on at least 10 000 generated applicant cases (issue 7): the Annex
 * K cap per third party, the SME status with its aggregated figures and the percentage each enterprise is counted
 * at, the de minimis ceiling test of each award (single undertaking, window, earlier aid counted, headroom), and the
 * planned and actual 75 % SME share (SME support, total, headroom or smallest fix).
 *
 * <p>QuickTheories draws 100 seeds; each seed is a batch of 100 one-applicant cases from {@link CaseGenerator},
 * evaluated in parallel through the one shared {@code FundingRules} instance. The fast tier runs 3 batches (300 cases,
 * {@code oracle.batches} in pom.xml), {@code -Pfull} the 100; {@code -Doracle.batches=N} runs N. The oracle reads its thresholds from the same parameter files as the rules;
 * {@code OracleParametersProperties} runs the comparison on an edited copy of them.
 */
class OracleAgreementProperties {
    private static final int BATCHES = Integer.getInteger("oracle.batches", 100);
    private static final int PER_BATCH = 100;
    /** How often each outcome was seen, so that a test that never sees a FAIL says so. */
    private static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

    @Test
    void theRulesAgreeWithTheOracleOnTenThousandGeneratedCases() {
        AtomicInteger cases = new AtomicInteger();
        long start = System.nanoTime();
        qt().withExamples(BATCHES).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            List<String> problems = new CaseGenerator(seed).applicants(PER_BATCH).parallel()
                    .flatMap(c -> compare(TestCases.RULES, Oracle.packaged(), c, SEEN).stream())
                    .collect(Collectors.toList());
            int done = cases.addAndGet(PER_BATCH);
            if (done % 1000 == 0 || done <= 500) {
                System.out.printf("OracleAgreementProperties: %d cases after %.1f s%n", done,
                        (System.nanoTime() - start) / 1e9);
            }
            if (!problems.isEmpty()) {
                throw new AssertionError("seed " + seed + ": " + problems.size() + " disagreement(s):\n"
                        + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
            }
        });
        System.out.printf("OracleAgreementProperties: %d cases in %.1f s; outcomes seen %s%n", cases.get(),
                (System.nanoTime() - start) / 1e9, new TreeMap<>(SEEN));
        if (cases.get() < BATCHES * PER_BATCH) {
            throw new AssertionError("only " + cases.get() + " cases");
        }
        // both outcomes of every criterion compared occur (the generator is near the thresholds often enough)
        for (String k : List.of("cap PASS", "cap FAIL", "sme PASS", "sme FAIL", "ceiling PASS", "ceiling FAIL",
                "planned PASS", "planned FAIL", "actual PASS", "actual FAIL")) {
            if (BATCHES >= 100 && !SEEN.containsKey(k)) {
                throw new AssertionError("never saw " + k + ": " + SEEN);
            }
        }
    }

    /**
     * Every disagreement between the rules and the oracle on one case, in words (empty when they agree); counts each
     * outcome the oracle decides in {@code seen} ("cap PASS", "sme FAIL", ...).
     */
    static List<String> compare(RuleSet rules, Oracle oracle, CaseFile c, Map<String, AtomicInteger> seen) {
        Evaluation ev = rules.evaluate(c);
        Oracle.Result o = oracle.judge(c);
        List<String> out = new ArrayList<>();
        String where = c.thirdParties().get(0).id() + ": ";

        for (Oracle.Cap cap : o.caps().values()) {
            Criterion k = criterion(ev, SubjectType.THIRD_PARTY, cap.thirdPartyId(), "fstp.cap_per_third_party");
            count(seen, "cap", cap.pass());
            outcome(out, where + "cap " + cap.thirdPartyId(), k, cap.pass());
            number(out, where + "cap total", k, "total awarded to this third party", cap.total());
            number(out, where + "cap maximum", k, k.figures().stream().map(Figure::name)
                    .filter(n -> n.startsWith("maximum per third party")).findFirst().orElse("?"), cap.maximum());
        }

        for (Oracle.Sme s : o.smes().values()) {
            String id = s.enterpriseId();
            Criterion status = criterion(ev, SubjectType.ENTERPRISE, id, "sme.status");
            count(seen, "sme", s.sme());
            CriterionOutcome expected = !s.determined() ? CriterionOutcome.UNDETERMINED
                    : s.sme() ? CriterionOutcome.PASS : CriterionOutcome.FAIL;
            if (status.outcome() != expected) {
                out.add(where + "sme.status of " + id + ": rules " + status.outcome() + " (" + status.reason()
                        + "), oracle " + expected + " " + s);
            }
            if (s.determined()) {
                text(out, where + "category of " + id, status, "category",
                        s.sme() ? s.category().name() : "not an SME");
            }
            Criterion type = criterion(ev, SubjectType.ENTERPRISE, id, "sme.enterprise_type");
            if (s.staff() != null) {
                number(out, where + "staff of " + id, type, "aggregated staff (latest period)", s.staff());
                number(out, where + "turnover of " + id, type, "aggregated turnover (latest period)", s.turnover());
                number(out, where + "balance of " + id, type, "aggregated balance-sheet total (latest period)",
                        s.balance());
            }
            Map<String, BigDecimal> counted = new TreeMap<>();
            for (List<String> row : type.table().rows()) {
                if (!row.get(0).equals("total")) {
                    counted.put(row.get(0), new BigDecimal(row.get(1).replace(" %", "")));
                }
            }
            if (!sameNumbers(counted, s.contributions())) {
                out.add(where + "enterprises counted for " + id + ": rules " + counted + ", oracle "
                        + s.contributions());
            }
        }

        for (Oracle.DeMinimis d : o.deMinimis().values()) {
            String rule = d.regulation().equals("reg_1407_2013") ? "state_aid.de_minimis_1407.ceiling"
                    : "state_aid.de_minimis_2831.ceiling";
            Criterion k = criterion(ev, SubjectType.AWARD, d.awardId(), rule);
            count(seen, "ceiling", d.pass());
            outcome(out, where + "de minimis " + d.awardId(), k, d.pass());
            text(out, where + "single undertaking of " + d.awardId(), k, "single undertaking",
                    String.join(", ", d.undertaking()));
            String window = figure(k, "window").orElse("");
            if (!window.startsWith(d.windowFrom() + " to ")) {
                out.add(where + "window of " + d.awardId() + ": rules " + window + ", oracle from " + d.windowFrom());
            }
            number(out, where + "earlier aid of " + d.awardId(), k, "earlier aid counted", d.earlierCounted());
            number(out, where + "headroom of " + d.awardId(), k, "headroom before the new aid", d.headroom());
            number(out, where + "ceiling of " + d.awardId(), k, k.figures().stream().map(Figure::name)
                    .filter(n -> n.startsWith("de minimis ceiling")).findFirst().orElse("?"), d.ceiling());
        }

        for (Oracle.Share s : new Oracle.Share[] {o.planned(), o.actual()}) {
            if (s == null) {
                continue;
            }
            String view = s.planned() ? "planned" : "actual";
            Criterion k = criterion(ev, SubjectType.BUDGET, view, "budget.sme_share");
            count(seen, view, s.pass());
            outcome(out, where + "budget " + view, k, s.pass());
            number(out, where + "SME support " + view, k, "SME support", s.smeSupport());
            number(out, where + "total " + view, k, "total budget", s.total());
            number(out, where + "margin " + view, k, s.pass() ? "headroom" : "smallest fix", s.margin());
        }
        return out;
    }

    private static void count(Map<String, AtomicInteger> seen, String what, boolean pass) {
        seen.computeIfAbsent(what + (pass ? " PASS" : " FAIL"), k -> new AtomicInteger()).incrementAndGet();
    }

    private static Criterion criterion(Evaluation ev, SubjectType type, String id, String ruleId) {
        Verdict v = ev.verdict(type, id).orElseThrow(() -> new AssertionError("no verdict on " + type + " " + id));
        List<Criterion> cs = v.criteria().stream().filter(c -> c.ruleId().equals(ruleId)).toList();
        if (cs.size() != 1) {
            throw new AssertionError(cs.size() + " criteria " + ruleId + " on " + type + " " + id);
        }
        return cs.get(0);
    }

    private static Optional<String> figure(Criterion c, String name) {
        return c.figures().stream().filter(f -> f.name().equals(name)).map(Figure::value).findFirst();
    }

    private static void outcome(List<String> out, String what, Criterion c, boolean pass) {
        CriterionOutcome expected = pass ? CriterionOutcome.PASS : CriterionOutcome.FAIL;
        if (c.outcome() != expected) {
            out.add(what + ": rules " + c.outcome() + " (" + c.reason() + "), oracle " + expected);
        }
    }

    private static void number(List<String> out, String what, Criterion c, String figure, BigDecimal expected) {
        Optional<String> got = figure(c, figure);
        if (got.isEmpty() || new BigDecimal(got.get()).compareTo(expected) != 0) {
            out.add(what + ": rules " + got.orElse("(no figure '" + figure + "')") + ", oracle "
                    + expected.toPlainString());
        }
    }

    private static void text(List<String> out, String what, Criterion c, String figure, String expected) {
        Optional<String> got = figure(c, figure);
        if (!got.equals(Optional.of(expected))) {
            out.add(what + ": rules " + got.orElse("(none)") + ", oracle " + expected);
        }
    }

    private static boolean sameNumbers(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }
}
