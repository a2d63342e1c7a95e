package org.fundingrules.bench;

import java.util.concurrent.TimeUnit;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Evaluator;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.model.CaseFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An open call of N applicants as ONE case file ({@link CaseGenerator#openCall}: every applicant's structure in one
 * session), single-threaded, rules with full traces against the oracle on the same case, at 100, 1 000 and 10 000
 * applicants (issue 17's targets: 1 000 in under 10 s and 512 MB; per applicant at 10 000 no more than 2x that at
 * 100). The call is generated once per trial, outside the measured shot. Smaller calls: {@code -p callApplicants=5,10,20}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.log.org.drools=error"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class WholeCallBenchmark {
    /** The oracle of the packaged rules: its thresholds are those of the rules benchmarked beside it. */
    private final Oracle oracle = Oracle.packaged();

    @Param({"100", "1000", "10000"})
    public int callApplicants;

    private Engine rules;
    private CaseFile call;

    @Setup(Level.Trial)
    public void setUp() {
        rules = Engine.load(RuleFiles.packaged());
        call = new CaseGenerator(42).openCall(callApplicants);
    }

    /** Past the validator: a large call is beyond the resource limits (CaseLimits), and its cost is what is measured. */
    @Benchmark
    public Evaluation rules() {
        return Evaluator.evaluateValid(rules, call);
    }

    @Benchmark
    public Oracle.Result oracle() {
        return oracle.judge(call);
    }
}
