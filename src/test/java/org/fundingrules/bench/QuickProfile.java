package org.fundingrules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.fundingrules.FundingRules;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;

/**
 * A developer's quick look while reshaping the engine (not a benchmark to quote: docs/PERFORMANCE.md's figures come
 * from JMH): single-applicant generated cases, rules and oracle interleaved on one thread, CPU time per case after a
 * warm-up. {@code java -cp ... org.fundingrules.bench.QuickProfile [warmupSeconds] [measureSeconds]}
 */
public final class QuickProfile {
    private QuickProfile() {
    }

    private static String compact(Object value) {
        try {
            return FundingJson.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int measure = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        FundingRules rules = FundingRules.packaged();
        Oracle oracle = Oracle.packaged();
        CaseGenerator g = new CaseGenerator(42);
        List<CaseFile> cases = g.applicants(400).toList();
        List<String> json = cases.stream().map(FundingJson::writeValue).toList();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + warm * 1_000_000_000L;
        int i = 0;
        while (System.nanoTime() < end) {
            rules.evaluate(cases.get(i++ % cases.size()));
            oracle.judge(cases.get(i % cases.size()));
        }
        long rulesCpu = 0, oracleCpu = 0, jsonCpu = 0, n = 0, nj = 0;
        end = System.nanoTime() + measure * 1_000_000_000L;
        while (System.nanoTime() < end) {
            CaseFile c = cases.get(i % cases.size());
            long t0 = mx.getCurrentThreadCpuTime();
            rules.evaluate(c);
            long t1 = mx.getCurrentThreadCpuTime();
            oracle.judge(c);
            long t2 = mx.getCurrentThreadCpuTime();
            compact(rules.evaluateJson(json.get(i % json.size())));
            long t3 = mx.getCurrentThreadCpuTime();
            rulesCpu += t1 - t0;
            oracleCpu += t2 - t1;
            jsonCpu += t3 - t2;
            n++;
            i++;
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf("cases %d; rules %.0f us CPU/case (%.0f/CPU-s); oracle %.1f us (%.0f/CPU-s); ratio %.1fx; "
                        + "json-to-json %.0f us (%.0f/CPU-s); load %.2f%n",
                n, rulesCpu / 1e3 / n, 1e9 * n / rulesCpu, oracleCpu / 1e3 / n, 1e9 * n / oracleCpu,
                (double) rulesCpu / oracleCpu, jsonCpu / 1e3 / n, 1e9 * n / jsonCpu, load);
    }
}
