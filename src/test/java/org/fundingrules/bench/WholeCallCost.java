package org.fundingrules.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Evaluator;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Evaluation.RuleFiring;

/**
 * The documented harness behind the per-applicant figures of a whole open call in docs/PERFORMANCE.md: for each size
 * given, the call of {@link CaseGenerator#openCall} (seed 42) judged as ONE case past the validator, {@code rounds}
 * times in turn on this thread; prints thread CPU, wall time, bytes allocated and rule firings per applicant, then the
 * rules whose firings per applicant differ by more than 0.05 between the smallest and the largest call. The firings
 * are counts, the same on every machine; CPU and allocation show whether the cost per applicant grows with the call.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -Xmx12g -cp target/test-classes:target/classes:$(cat target/test.cp) org.fundingrules.bench.WholeCallCost \
 *     [rounds] [applicants ...]
 * </pre>
 */
public final class WholeCallCost {
    private WholeCallCost() {
    }

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int[] sizes = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 1000, 3000};
        Engine rules = Engine.load(RuleFiles.packaged());
        Map<Integer, Map<String, Long>> firingsBySize = new TreeMap<>();
        for (int n : sizes) {
            CaseFile call = new CaseGenerator(42).openCall(n);
            for (int r = 0; r < rounds; r++) {
                long a0 = threads.getCurrentThreadAllocatedBytes();
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                Evaluation e = Evaluator.evaluateValid(rules, call);
                long alloc = threads.getCurrentThreadAllocatedBytes() - a0;
                long cpu = threads.getCurrentThreadCpuTime() - c0;
                long wall = System.nanoTime() - w0;
                Map<String, Long> byRule = new TreeMap<>();
                e.rulesFired().forEach(f -> byRule.merge(f.ruleId(), (long) f.firings(), Long::sum));
                long total = e.rulesFired().stream().mapToLong(RuleFiring::firings).sum();
                System.out.printf(Locale.ROOT, "applicants %d round %d: cpu %.2f ms, wall %.2f ms, allocated %.0f KiB, "
                        + "firings %.1f per applicant%n", n, r, cpu / 1e6 / n, wall / 1e6 / n, alloc / 1024.0 / n,
                        total / (double) n);
                firingsBySize.put(n, byRule);
            }
        }
        Set<String> ids = new TreeSet<>();
        firingsBySize.values().forEach(m -> ids.addAll(m.keySet()));
        for (String id : ids) {
            StringBuilder line = new StringBuilder(id);
            double first = Double.NaN;
            double last = Double.NaN;
            for (Map.Entry<Integer, Map<String, Long>> size : firingsBySize.entrySet()) {
                double v = size.getValue().getOrDefault(id, 0L) / (double) size.getKey();
                first = Double.isNaN(first) ? v : first;
                last = v;
                line.append('\t').append(String.format(Locale.ROOT, "%.2f", v));
            }
            if (Math.abs(last - first) > 0.05) {
                System.out.println("firings per applicant change\t" + line);
            }
        }
    }
}
