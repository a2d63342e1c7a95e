package org.fundingrules.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.json.CaseLimits;
import org.fundingrules.json.CaseValidator;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Evaluator;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;

/**
 * The documented harness behind the cost curves of docs/PERFORMANCE.md: for each shape of {@link Shapes} and each
 * size, one case read, validated and evaluated on this thread, after a warm-up; prints CPU time, bytes allocated and
 * the heap the input and its evaluation retain (after a full collection), as tab-separated lines. A shape stops growing once a size costs more than the
 * stop figure (CPU seconds), so a quadratic shape does not run for hours.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat target/test.cp) org.fundingrules.bench.ShapeCost \
 *     [warm-up seconds] [stop CPU seconds] [SHAPE=n,n,n ...]
 * </pre>
 */
public final class ShapeCost {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ShapeCost() {
    }

    /** One measured case. */
    public record Cost(Shapes.Shape shape, int size, long cpuNanos, long allocatedBytes, long retainedBytes,
                       int verdicts, int inputBytes, long work, String refused) {
        String line() {
            return String.format(Locale.ROOT, "%s\t%d\t%.3f\t%.1f\t%.1f\t%d\t%d\t%d\t%s", shape, size, cpuNanos / 1e9,
                    allocatedBytes / 1048576.0, retainedBytes / 1048576.0, verdicts, inputBytes, work, refused);
        }
    }

    /**
     * Reads, validates and evaluates one case on this thread, measuring it. A case the limits refuse is evaluated
     * all the same (past the validator), to draw the curve beyond the limit; the refusal is printed beside it.
     */
    public static Cost measure(Engine rules, Shapes.Shape shape, int size) throws Exception {
        String json = shape.json(size);
        long base = liveHeap();
        long tid = Thread.currentThread().getId();
        long cpu0 = THREADS.getThreadCpuTime(tid);
        long alloc0 = THREADS.getThreadAllocatedBytes(tid);
        CaseFile c = FundingJson.mapper().readValue(json, CaseFile.class);
        String refused = "accepted";
        try {
            CaseValidator.check(c);
        } catch (InvalidCaseException x) {
            refused = x.problems().stream().map(Problem::code).distinct().collect(Collectors.joining(","));
        }
        Evaluation e = Evaluator.evaluateValid(rules, c);
        long cpu = THREADS.getThreadCpuTime(tid) - cpu0;
        long alloc = THREADS.getThreadAllocatedBytes(tid) - alloc0;
        long retained = liveHeap() - base;   // the input and the evaluation, still reachable here
        int verdicts = e.verdicts().size();
        return new Cost(shape, size, cpu, alloc, Math.max(0, retained), verdicts, json.length(),
                CaseLimits.estimate(c).work(), refused);
    }

    /** Heap in use after a full collection (twice: the first may leave finalizable objects). */
    private static long liveHeap() {
        System.gc();
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                used += p.getUsage().getUsed();
            }
        }
        return used;
    }

    public static void main(String[] args) throws Exception {
        double warmUp = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        double stop = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        List<String> plans = args.length > 2 ? List.of(args).subList(2, args.length)
                : List.of("CHAIN=10,20,40,60,80,120,160,200,240", "STAR=10,20,40,80,120,160,200,250",
                "PARTNER_STAR=10,40,80,160,250", "DIAMOND=10,22,40,61,82,121,160,202,250",
                "JOINT_GROUP=10,20,40,80,160,250", "DATES=10,50,100,200,400,800,1600",
                "APPLICANTS=10,50,100,200,400,800,1600", "AWARDS=100,1000,5000,20000,45000");
        Engine rules = Engine.load(RuleFiles.packaged());
        long until = System.nanoTime() + (long) (warmUp * 1e9);
        int rounds = 0;
        while (System.nanoTime() < until) {
            for (Shapes.Shape s : Shapes.Shape.values()) {
                Evaluator.evaluate(rules, FundingJson.readCase(s.json(8)));
            }
            rounds++;
        }
        System.out.printf(Locale.ROOT, "# warm-up %.0f s (%d rounds of every shape at size 8); load %.2f; %s %s%n",
                warmUp, rounds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.println("shape\tsize\tcpu_s\talloc_MB\tretained_MB\tverdicts\tinput_bytes\twork\tvalidation");
        for (String plan : plans) {
            String[] kv = plan.split("=");
            Shapes.Shape shape = Shapes.Shape.valueOf(kv[0]);
            for (String n : kv[1].split(",")) {
                Cost c = measure(rules, shape, Integer.parseInt(n));
                System.out.println(c.line());
                System.out.flush();
                if (c.cpuNanos() / 1e9 > stop) {
                    break;
                }
            }
        }
    }
}
