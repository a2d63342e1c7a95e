package org.fundingrules.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One small case, single-threaded, full traces (the library has no trace-off mode: every verdict carries its
 * trace): the AMULET example (32 verdicts), one generated applicant (an ownership structure of one to eight
 * enterprises, earlier aid, one or two awards), and the AMULET example from JSON text to JSON text (what the CLI
 * does after start-up). The oracle on the same applicant is the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.log.org.drools=error"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SmallCaseBenchmark {
    /** The oracle of the packaged rules: its thresholds are those of the rules benchmarked beside it. */
    private final Oracle oracle = Oracle.packaged();

    private RuleSet rules;
    private CaseFile amulet;
    private String amuletJson;
    private CaseFile applicant;
    /** Generated single-applicant cases (seed 42), judged in turn: the issue-17 targets are over many cases. */
    private final java.util.List<CaseFile> applicants = new java.util.ArrayList<>();
    private final java.util.List<String> applicantsJson = new java.util.ArrayList<>();
    private int next;

    @Setup
    public void setUp() throws IOException {
        rules = FundingRules.packaged();
        amuletJson = Files.readString(Path.of("examples/amulet/case.json"));
        amulet = FundingJson.readCase(amuletJson);
        CaseGenerator g = new CaseGenerator(42);
        applicant = g.applicantCase(0);
        // -Dbench.applicants=file.jsonl: the same population for another version of the library (one case a line)
        String file = System.getProperty("bench.applicants");
        if (file != null) {
            for (String line : Files.readAllLines(Path.of(file))) {
                applicants.add(FundingJson.readCase(line));
                applicantsJson.add(line);
            }
        } else {
            for (int i = 0; i < 256; i++) {
                CaseFile c = g.applicantCase(i);
                applicants.add(c);
                applicantsJson.add(FundingJson.mapper().writeValueAsString(c));
            }
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) % applicants.size();
        return i;
    }

    /** One of 256 generated applicants, full traces, to the in-memory evaluation. */
    @Benchmark
    public Evaluation applicantsRules() {
        return rules.evaluate(applicants.get(nextIndex()));
    }

    /** The oracle on the same applicants, in the same run. */
    @Benchmark
    public Oracle.Result applicantsOracle() {
        return oracle.judge(applicants.get(nextIndex()));
    }

    /** Compact JSON text in, compact JSON text out (what {@code batch} does per line). */
    @Benchmark
    public String applicantsJsonToJson() throws IOException {
        return FundingJson.mapper().writeValueAsString(rules.evaluateJson(applicantsJson.get(nextIndex())));
    }

    /** The oracle from the same JSON text: parsed and validated as the library reads a case. */
    @Benchmark
    public Oracle.Result applicantsOracleFromJson() {
        return oracle.judge(FundingJson.readCase(applicantsJson.get(nextIndex())));
    }

    @Benchmark
    public Evaluation amuletRules() {
        return rules.evaluate(amulet);
    }

    @Benchmark
    public String amuletJsonToJson() {
        return FundingJson.write(rules.evaluateJson(amuletJson));
    }

    @Benchmark
    public Evaluation applicantRules() {
        return rules.evaluate(applicant);
    }

    @Benchmark
    public Oracle.Result applicantOracle() {
        return oracle.judge(applicant);
    }
}
