package org.fundingrules.bench;

import java.util.Map;
import java.util.TreeMap;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Evaluation.RuleFiring;

/**
 * The documented harness behind the firing counts of docs/PERFORMANCE.md: the rule firings of N generated
 * single-applicant cases ({@link CaseGenerator#applicantCase}, seed 42), as the mean per case in total and by rule id,
 * most frequent first, and the number of distinct rules that fired in a case (the fewest and the mean: a case fires
 * at least once each rule whose legal test it meets). Counts, not time: the same on every machine.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.fundingrules.bench.FiringCount [cases] [top]
 * </pre>
 */
public final class FiringCount {
    private FiringCount() {
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        RuleSet rules = FundingRules.packaged();
        CaseGenerator g = new CaseGenerator(42);
        Map<String, Long> byRule = new TreeMap<>();
        long total = 0;
        long distinct = 0;
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < cases; i++) {
            CaseFile c = g.applicantCase(i);
            Evaluation e = rules.evaluate(c);
            distinct += e.rulesFired().size();
            fewest = Math.min(fewest, e.rulesFired().size());
            for (RuleFiring f : e.rulesFired()) {
                byRule.merge(f.ruleId(), (long) f.firings(), Long::sum);
                total += f.firings();
            }
        }
        System.out.printf("cases\t%d%nfirings per case\t%.1f%n", cases, total / (double) cases);
        System.out.printf("distinct rules fired per case\t%.1f (fewest %d)%n", distinct / (double) cases, fewest);
        byRule.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> System.out.printf("%.2f\t%s%n", e.getValue() / (double) cases, e.getKey()));
    }
}
