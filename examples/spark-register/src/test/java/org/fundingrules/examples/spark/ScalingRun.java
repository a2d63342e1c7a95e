package org.fundingrules.examples.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The documented harness behind the figures of README.md: the job on {@code local[1]} and {@code local[2]} and the
 * library's {@code batch} command with 1 and 2 threads, on the same generated register, interleaved round by round.
 * The job runs in this JVM, warmed by a first run on a register a tenth the size; {@code batch} runs as its own JVM,
 * as it is used, start-up included. CPU time is the process's: this JVM's for the job (Spark's own threads and GC
 * included), the child's for {@code batch} (reported by {@link TimedBatch} as it exits).
 *
 * <pre>
 * mvn -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat target/test.cp) \
 *     org.fundingrules.examples.spark.ScalingRun [awards=100000] [rounds=2] [dir=target/scaling]
 * </pre>
 */
public final class ScalingRun {
    private ScalingRun() {
    }

    public static void main(String[] args) throws Exception {
        long awards = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Path.of(args.length > 2 ? args[2] : "target/scaling").toAbsolutePath();
        String register = dir.resolve("register").toString();
        String warm = dir.resolve("warm").toString();

        SparkSession spark = Sessions.local(2);
        RegisterJob.generate(spark, 1L, awards, register);
        RegisterJob.generate(spark, 2L, awards / 10, warm);
        RegisterJob.run(spark, paths(warm, dir.resolve("warm-out")));
        RegisterJob.Summary s = RegisterJob.run(spark, paths(register, dir.resolve("out")));
        long n = s.awards();
        Path cases = dir.resolve("cases.jsonl");
        CasesFile.write(spark, dir.resolve("out/results"), cases);
        spark.stop();
        System.out.printf("register: %d awards, %s%n", n, s.byOutcome());

        List<String> table = new ArrayList<>();
        table.add("round\trun\tawards\twall s\tawards/s\tCPU s\tCPU ms/award\tload");
        for (int r = 1; r <= rounds; r++) {
            for (int threads = 1; threads <= 2; threads++) {
                SparkSession local = Sessions.local(threads);
                long cpu0 = processCpu();
                long t0 = System.nanoTime();
                RegisterJob.run(local, paths(register, dir.resolve("out-" + threads)));
                table.add(row(r, "Spark local[" + threads + "]", n, System.nanoTime() - t0, processCpu() - cpu0));
                local.stop();
            }
            for (int threads = 1; threads <= 2; threads++) {
                Path cpuFile = dir.resolve("batch-cpu.txt");
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g", "-Dcpu.file=" + cpuFile, "-cp", System.getProperty("java.class.path"),
                        TimedBatch.class.getName(), "batch", cases.toString(), "--out",
                        dir.resolve("batch.jsonl").toString(), "--threads", String.valueOf(threads))
                        .redirectErrorStream(true).redirectOutput(dir.resolve("batch.log").toFile()).start();
                int code = p.waitFor();
                long wall = System.nanoTime() - t0;
                if (code != 0 && code != 1) {
                    throw new IllegalStateException("batch exit " + code);
                }
                table.add(row(r, "batch --threads " + threads, n, wall,
                        Long.parseLong(Files.readString(cpuFile).trim())));
            }
            table.forEach(System.out::println);
        }
    }

    private static RegisterJob.Paths paths(String register, Path out) {
        return new RegisterJob.Paths(register + "/awards.parquet", register + "/links.parquet", out.toString());
    }

    private static String row(int round, String run, long n, long wallNs, long cpuNs) {
        return String.format("%d\t%s\t%d\t%.1f\t%.0f\t%.1f\t%.2f\t%.2f", round, run, n, wallNs / 1e9,
                n / (wallNs / 1e9), cpuNs / 1e9, cpuNs / 1e6 / n,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
