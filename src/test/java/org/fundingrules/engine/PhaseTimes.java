package org.fundingrules.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.json.CaseValidator;

/**
 * The documented harness behind the per-phase figures of docs/PERFORMANCE.md: where the time of one in-memory
 * evaluation goes (validation, the case's facts, the engine with its explanation, the input digest), each phase timed
 * on its own over a JSON Lines population of cases judged in turn, after 60 s of warm-up, one thread.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.fundingrules.engine.PhaseTimes \
 *     CASES [seconds]
 * </pre>
 * CASES: a JSON Lines file of cases (as {@code SmallCaseBenchmark} reads it with {@code -Dbench.applicants}), or a
 * number n for the generated applicants 0 to n-1 of seed 42 ({@code CaseGenerator.applicantCase}).
 */
public final class PhaseTimes {
    private PhaseTimes() {
    }

    public static void main(String[] args) throws IOException {
        List<CaseFile> cases = EngineCost.population(args[0]);
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 120;
        Engine engine = Engine.load(RuleFiles.packaged());
        long[] t = new long[5];
        long n = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long warm = start + 60_000_000_000L;
        boolean warming = true;
        while (System.nanoTime() < end) {
            if (warming && System.nanoTime() > warm) {
                Arrays.fill(t, 0);
                n = 0;
                warming = false;
            }
            CaseFile c = cases.get((int) (n % cases.size()));
            long t0 = System.nanoTime();
            CaseValidator.check(c);
            long t1 = System.nanoTime();
            CaseFacts facts = CaseFacts.of(c);
            long t2 = System.nanoTime();
            engine.run(c, facts);
            long t3 = System.nanoTime();
            FundingJson.canonicalBytes(c);
            long t4 = System.nanoTime();
            Evaluator.evaluateValid(engine, c);
            long t5 = System.nanoTime();
            t[0] += t1 - t0;
            t[1] += t2 - t1;
            t[2] += t3 - t2;
            t[3] += t4 - t3;
            t[4] += t5 - t4;
            n++;
        }
        System.out.printf("cases\t%d%nvalidate\t%.0f us%nfacts\t%.0f us%nengine and explanation\t%.0f us%n"
                + "input digest\t%.0f us%nevaluateValid in all\t%.0f us%n", n, t[0] / 1e3 / n, t[1] / 1e3 / n,
                t[2] / 1e3 / n, t[3] / 1e3 / n, t[4] / 1e3 / n);
    }
}
