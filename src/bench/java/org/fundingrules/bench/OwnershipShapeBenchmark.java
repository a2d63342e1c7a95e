package org.fundingrules.bench;

import java.util.concurrent.TimeUnit;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Evaluator;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.json.FundingJson;
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
 * One ownership structure of {@code enterprises} enterprises, one enterprise assessed (the applicant of an SME-only
 * call, on its award date and on the reference date): the chains, stars and diamonds of {@link Shapes}, at 10, 50,
 * 100 and 250 enterprises (issue 17's target: any accepted structure of up to 250 in under 1 s and 128 MB of
 * allocation). Single-threaded, rules with full traces against the oracle on the same case; the case is read once
 * per trial, outside the measured loop, and evaluated past the validator (the resource limits refuse the largest
 * shapes today, and their cost is what is measured).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.log.org.drools=error"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 5)
public class OwnershipShapeBenchmark {
    /** The oracle of the packaged rules: its thresholds are those of the rules benchmarked beside it. */
    private final Oracle oracle = Oracle.packaged();

    @Param({"CHAIN", "STAR", "DIAMOND"})
    public Shapes.Shape shape;

    @Param({"10", "50", "100", "250"})
    public int enterprises;

    private Engine rules;
    private CaseFile structure;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        rules = Engine.load(RuleFiles.packaged());
        structure = FundingJson.mapper().readValue(shape.json(enterprises), CaseFile.class);
    }

    @Benchmark
    public Evaluation rules() {
        return Evaluator.evaluateValid(rules, structure);
    }

    @Benchmark
    public Oracle.Result oracle() {
        return oracle.judge(structure);
    }
}
