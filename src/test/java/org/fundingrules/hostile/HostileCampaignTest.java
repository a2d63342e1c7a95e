package org.fundingrules.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.TestCases;
import org.junit.jupiter.api.Test;

/**
 * The hostile campaign (issue 16 item 7): generated hostile or extreme case files, from scratch and by mutating the
 * examples and the {@link org.fundingrules.bench.Shapes}, each run through {@code FundingRules.evaluateJson}. Every
 * one must end in a verdict or in the documented {@code InvalidCaseException} with well-formed problems, within
 * {@link Campaign#MAX_CPU_NANOS} of CPU and {@link Campaign#TIMEOUT_SECONDS} of wall time; see {@link Campaign}.
 *
 * <p>Tiers: {@code mvn verify} runs {@value #FAST_CASES} cases. The full campaign:
 * {@code mvn -B test -Dtest=HostileCampaignTest -Dhostile.cases=100000}. Another seed: {@code -Dhostile.seed=N}.
 * One case again (its seed is in the file name under target/hostile-failures and in the log):
 * {@code -Dhostile.case=SEED}. The tallies go to target/hostile-campaign.txt. Problem messages that show Java class
 * names or Jackson/JDK text fail the campaign.
 */
class HostileCampaignTest {
    static final int FAST_CASES = 1_000;
    static final long DEFAULT_SEED = 20_260_516L;

    @Test
    void everyHostileCaseEndsInAVerdictOrTheDocumentedProblemsWithinItsBound() throws IOException {
        long seed = Long.getLong("hostile.seed", DEFAULT_SEED);
        int count = Integer.getInteger("hostile.cases", FAST_CASES);
        Long one = Long.getLong("hostile.case");
        long start = System.nanoTime();
        String summary;
        try (Campaign campaign = new Campaign(TestCases.RULES, Path.of("target", "hostile-failures"))) {
            if (one != null) {
                Campaign.Outcome o = campaign.run(HostileCases.generate(one));
                System.out.println(o.input().kind() + " -> " + o.end() + " " + o.cpuNanos() / 1e6 + " ms\n"
                        + o.detail());
                count = 1;
            } else {
                System.out.println("hostile campaign: " + count + " cases from QuickTheories seed " + seed);
                // a fixed seed: the same cases on every run; each case is generated from its own long (kept on failure)
                // QuickTheories may run a few examples fewer than asked (99 998 of 100 000 here): topped up, each
                // round with the next fixed seed, until the campaign has run at least the count
                for (long round = 0; campaign.cases < count; round++) {
                    qt().withFixedSeed(seed + round).withExamples((int) (count - campaign.cases)).withShrinkCycles(0)
                            .forAll(longs().all()).checkAssert(s -> campaign.run(HostileCases.generate(s)));
                }
            }
            summary = campaign.summary(one != null ? one : seed, (System.nanoTime() - start) / 1_000_000);
            System.out.println(summary);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "hostile-campaign.txt"), summary, StandardCharsets.UTF_8);
            assertThat(campaign.cases).as("cases run").isGreaterThanOrEqualTo(count);
            assertThat(campaign.failures.size()).as(summary).isZero();
            // the error contract (issue 16 item 4): no problem message shows Java or Jackson internals
            assertThat(campaign.leakCounts).as("problem messages showing Java or Jackson internals").isEmpty();
        }
    }
}
