package org.fundingrules.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.bench.CaseGenerator;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;

/**
 * The documented harness behind the engine-only figures of docs/PERFORMANCE.md: CPU time and rule firings per case of
 * {@link Engine#run} (the rules and the explanation, without validation or the input digest), cases judged in turn on
 * one thread, after 60 s of warm-up. Pair two builds, or two rule sets, by running it for each in turn.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.fundingrules.engine.EngineCost \
 *     CASES SECONDS [RULES]
 * </pre>
 * CASES: a JSON Lines file of cases, or a number n for the generated applicants 0 to n-1 of seed 42
 * ({@code CaseGenerator.applicantCase}). SECONDS: in all, warm-up included. RULES: a rules folder, or the packaged
 * rules when absent.
 */
public final class EngineCost {
    private EngineCost() {
    }

    /**
     * The cases a harness judges in turn: the lines of a JSON Lines file, or for a number n the generated applicants
     * 0 to n-1 of seed 42.
     */
    static List<CaseFile> population(String fileOrCount) throws IOException {
        List<CaseFile> cases = new ArrayList<>();
        if (fileOrCount.matches("\\d+")) {
            CaseGenerator generator = new CaseGenerator(42);
            for (int i = 0; i < Integer.parseInt(fileOrCount); i++) {
                cases.add(generator.applicantCase(i));
            }
        } else {
            for (String line : Files.readAllLines(Path.of(fileOrCount))) {
                if (!line.isBlank()) {
                    cases.add(FundingJson.readCase(line));
                }
            }
        }
        return cases;
    }

    public static void main(String[] args) throws IOException {
        List<CaseFile> cases = population(args[0]);
        long seconds = Long.parseLong(args[1]);
        Engine engine = Engine.load(args.length > 2 ? RuleFiles.folder(Path.of(args[2])) : RuleFiles.packaged());
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long warm = start + 60_000_000_000L;
        long end = start + seconds * 1_000_000_000L;
        long n = 0;
        long measuredFrom = -1;
        long cpu = 0;
        long firings = 0;
        while (System.nanoTime() < end) {
            if (measuredFrom < 0 && System.nanoTime() > warm) {
                measuredFrom = n;
                cpu = threads.getCurrentThreadCpuTime();
            }
            CaseFile c = cases.get((int) (n % cases.size()));
            Engine.Run run = engine.run(c, CaseFacts.of(c));
            if (measuredFrom >= 0) {
                firings += run.firings().stream().mapToLong(f -> f.firings()).sum();
            }
            n++;
        }
        if (measuredFrom < 0) {
            throw new IllegalArgumentException("SECONDS must be more than the 60 s of warm-up");
        }
        long measured = n - measuredFrom;
        System.out.printf("cases\t%d%nCPU per case\t%.0f us%nfirings per case\t%.1f%n", measured,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / measured, firings / (double) measured);
    }
}
