package org.fundingrules.bench;

import java.util.concurrent.TimeUnit;
import org.fundingrules.RuleSet;
import org.fundingrules.FundingRules;
import org.fundingrules.engine.OrderedParallel;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * An open call of N applicants judged applicant by applicant (each applicant's case: the action, the call, the
 * applicant's ownership structure, earlier aid and awards; {@link CaseGenerator#applicants}), on every processor,
 * three ways in the same run: through the rules with full traces ({@link FundingRules#evaluateAll}), through the
 * plain-Java {@link Oracle}, and the stream of the already generated cases alone (the cost of the parallel loop).
 * The cases are generated once per trial, in {@link #setUp}, outside the measured loop. One shot is the whole call;
 * divide N by the time for applicants per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.log.org.drools=error"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class OpenCallBenchmark {
    /** The oracle of the packaged rules: its thresholds are those of the rules benchmarked beside it. */
    private final Oracle oracle = Oracle.packaged();

    @Param({"1000", "10000", "100000"})
    public int applicants;

    private RuleSet rules;
    private java.util.List<org.fundingrules.model.CaseFile> cases;
    private int threads;

    @Setup(Level.Trial)
    public void setUp() {
        rules = FundingRules.packaged();
        cases = new CaseGenerator(42).applicants(applicants).toList();
        threads = Runtime.getRuntime().availableProcessors();
    }

    @Benchmark
    public long rules(Blackhole bh) {
        return rules.evaluateAll(cases.stream(), threads, bh::consume).cases();
    }

    @Benchmark
    public long oracle(Blackhole bh) {
        return parallel(oracle::judge, bh);
    }

    @Benchmark
    public long loopOnly(Blackhole bh) {
        return parallel(c -> c, bh);
    }

    private long parallel(java.util.function.Function<org.fundingrules.model.CaseFile, Object> work, Blackhole bh) {
        long[] n = {0};
        OrderedParallel.run(cases.iterator(), threads, OrderedParallel.window(threads),
                work, r -> {
                    bh.consume(r);
                    n[0]++;
                });
        return n[0];
    }
}
