package org.fundingrules.bench;

import java.util.Comparator;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Evaluator;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Evaluation.RuleFiring;

/**
 * The documented harness behind the firing counts per shape of docs/PERFORMANCE.md: for each {@code SHAPE=n} given,
 * the case of {@link Shapes} evaluated once past the validator (as {@code OwnershipShapeBenchmark} does), then the
 * total of its rule firings and the {@code top} rules that fired most, by rule id and name. Counts, not time: the
 * same on every machine, so they show where a shape's cost goes whatever the load.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.fundingrules.bench.ShapeFirings \
 *     [top] CHAIN=250 STAR=250 DIAMOND=250
 * </pre>
 */
public final class ShapeFirings {
    private ShapeFirings() {
    }

    public static void main(String[] args) throws Exception {
        int top = Integer.parseInt(args[0]);
        Engine rules = Engine.load(RuleFiles.packaged());
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            String[] shape = name.split("=");
            CaseFile c = FundingJson.mapper().readValue(
                    Shapes.Shape.valueOf(shape[0]).json(Integer.parseInt(shape[1])), CaseFile.class);
            Evaluation e = Evaluator.evaluateValid(rules, c);
            System.out.printf("%s\tfirings\t%d%n", name, e.rulesFired().stream().mapToLong(RuleFiring::firings).sum());
            e.rulesFired().stream()
                    .sorted(Comparator.comparingLong(RuleFiring::firings).reversed().thenComparing(RuleFiring::rule))
                    .limit(top)
                    .forEach(f -> System.out.printf("%s\t%d\t%s\t%s%n", name, f.firings(), f.ruleId(), f.rule()));
        }
    }
}
