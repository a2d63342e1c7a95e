package org.fundingrules.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fundingrules.FundingRules;
import org.fundingrules.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Knowledge-base load: from the packaged, precompiled rules (what {@code FundingRules.packaged()} does) and from the
 * rules folder (the DRL compiled at run time, what {@code --rules rules} does). Single shots in a JVM that has loaded
 * the classes once (warm-up shots), so the figure is the load itself, not the JVM's start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.log.org.drools=error"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class LoadBenchmark {
    @Benchmark
    public RuleSet packagedPrecompiled() {
        return FundingRules.packaged();
    }

    @Benchmark
    public RuleSet rulesFolder() {
        return FundingRules.builder().rules(Path.of("rules")).build();
    }
}
