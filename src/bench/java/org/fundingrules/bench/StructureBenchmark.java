package org.fundingrules.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.FundingRules;
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
 * One applicant's case by the size of its ownership structure: 64 generated applicants whose case holds exactly
 * {@code enterprises} enterprise entries, judged in turn, single-threaded; rules with full traces against the oracle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.log.org.drools=error"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class StructureBenchmark {
    /** The oracle of the packaged rules: its thresholds are those of the rules benchmarked beside it. */
    private final Oracle oracle = Oracle.packaged();

    @Param({"1", "2", "4", "8"})
    public int enterprises;

    private RuleSet rules;
    private final List<CaseFile> cases = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        rules = FundingRules.packaged();
        CaseGenerator g = new CaseGenerator(42);
        for (int i = 0; cases.size() < 64 && i < 200_000; i++) {
            CaseFile c = g.applicantCase(i);
            if (c.enterprises().size() == enterprises) {
                cases.add(c);
            }
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("the generator made no applicant with " + enterprises + " enterprises");
        }
    }

    private CaseFile nextCase() {
        CaseFile c = cases.get(next);
        next = (next + 1) % cases.size();
        return c;
    }

    @Benchmark
    public Evaluation rules() {
        return rules.evaluate(nextCase());
    }

    @Benchmark
    public Oracle.Result oracle() {
        return oracle.judge(nextCase());
    }
}
