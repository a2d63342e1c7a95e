package org.fundingrules.hostile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.json.FundingJson;

/**
 * Runs hostile cases through {@link FundingRules#evaluateJson} one at a time on a worker thread, each within a
 * wall-clock timeout, and judges each against the contract: a verdict (an {@link Evaluation} with verdicts, written
 * as JSON) or the documented {@link InvalidCaseException} whose every problem has a path starting with '$', a
 * code and a message, within {@link #MAX_CPU_NANOS} of thread CPU. Anything else is a failure, kept with its input
 * under {@link #failuresDir}. Problem messages that show Java class names or Jackson/JDK exception text are counted
 * apart ({@link #leaks}): the error-message rewrite of issue 16 item 4 removes them.
 */
public final class Campaign implements AutoCloseable {
    /** A generous multiple of the stated 2 s: the tests run cold, beside other builds, on 2 cores. */
    public static final long MAX_CPU_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** A case still running after this long is a hang. */
    public static final long TIMEOUT_SECONDS = 60;
    /** Allocation past this on one case is a failure (the stated heap bound is 256 MB; allocation is not heap). */
    public static final long MAX_ALLOCATED = 8L * 1024 * 1024 * 1024;

    /** Java class names, Jackson and JDK exception text: what a portal must not show an applicant. */
    static final Pattern INTERNALS = Pattern.compile("\\b(java|javax|jakarta|com\\.fasterxml|org\\.fundingrules"
            + "|org\\.javamoney|org\\.drools|org\\.kie)\\.[a-z]|\\b[A-Za-z]*(Exception|Error)\\b|Jackson|StreamReadConstraints"
            + "|Cannot (deserialize|construct|coerce)|CoercionConfig|reference chain|\\[Source:|\\bREDACTED\\b"
            + "|Unrecognized token|Unexpected character|JsonToken|\\bSTART_(OBJECT|ARRAY)\\b|\\bVALUE_(STRING|NUMBER)");

    /** A value of the input quoted back in a message; quotes inside it are escaped as the input had them. */
    static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /** How one case ended. */
    public enum End { VERDICT, INVALID, CRASH, BAD_PROBLEM, OVER_BOUND, HANG, WRONG_SIDE_OF_LIMIT }

    /** The result of one case. */
    public record Outcome(HostileCases.HostileCase input, End end, long cpuNanos, long allocated, String detail) {
        boolean failed() {
            return end != End.VERDICT && end != End.INVALID;
        }
    }

    private final RuleSet rules;
    private final Path failuresDir;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private volatile Thread workerThread;
    private ExecutorService worker = newWorker();

    // the tallies
    long cases;
    final Map<String, Integer> origins = new TreeMap<>();
    /** Thread CPU per origin, in ms. */
    final Map<String, Long> originCpuMillis = new TreeMap<>();
    final Map<String, Integer> ops = new TreeMap<>();
    final Map<End, Integer> ends = new TreeMap<>();
    final Map<String, Integer> codes = new TreeMap<>();
    final List<Outcome> failures = new ArrayList<>();
    /** Problem messages showing internals: code -> one example (path: message, and the case kind). */
    final Map<String, String> leaks = new TreeMap<>();
    final Map<String, Integer> leakCounts = new TreeMap<>();
    Outcome slowest;
    Outcome slowestVerdict;
    Outcome mostAllocating;

    public Campaign(RuleSet rules, Path failuresDir) {
        this.rules = rules;
        this.failuresDir = failuresDir;
    }

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-case");
            t.setDaemon(true);
            workerThread = t;
            return t;
        });
    }

    /** Runs one case, tallies it and keeps it when it failed. */
    public Outcome run(HostileCases.HostileCase c) {
        Outcome o;
        Future<Outcome> f = worker.submit(() -> judge(c));
        try {
            o = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            StringBuilder where = new StringBuilder();
            Thread t = workerThread;
            if (t != null) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    where.append("\n\tat ").append(frame);
                }
            }
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();   // the old thread may never end: a daemon, left behind
            o = new Outcome(c, End.HANG, -1, -1, "still running after " + TIMEOUT_SECONDS + " s, in:" + where);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            o = new Outcome(c, End.CRASH, -1, -1, "in the harness: " + stack(e.getCause()));
        }
        tally(o);
        return o;
    }

    /** Judges one case on the current thread. */
    Outcome judge(HostileCases.HostileCase c) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long alloc0 = threads.getCurrentThreadAllocatedBytes();
        End end;
        String detail = "";
        List<Problem> problems = null;
        try {
            Evaluation e = rules.evaluateJson(c.json());
            if (e == null || e.verdicts() == null || e.verdicts().isEmpty()) {
                end = End.CRASH;
                detail = "an evaluation without verdicts: " + e;
            } else {
                String out = FundingJson.write(e);
                end = out.isEmpty() ? End.CRASH : End.VERDICT;
            }
        } catch (InvalidCaseException e) {
            problems = e.problems();
            end = End.INVALID;
        } catch (Throwable t) {   // every other exception or error breaks the contract: kept, with its stack
            end = End.CRASH;
            detail = stack(t);
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long allocated = threads.getCurrentThreadAllocatedBytes() - alloc0;
        if (problems != null) {
            String bad = badProblems(problems);
            if (bad != null) {
                end = End.BAD_PROBLEM;
                detail = bad;
            }
        }
        HostileCases.LimitSide side = HostileCases.limitSide(c);
        if (side == HostileCases.LimitSide.UNDER && end == End.INVALID) {
            end = End.WRONG_SIDE_OF_LIMIT;
            detail = "just under the limits, refused: " + problems;
        } else if (side == HostileCases.LimitSide.OVER && (end == End.VERDICT || end == End.INVALID
                && problems.stream().noneMatch(p -> Set.of("structure_too_large", "case_too_large", "too_many_awards")
                .contains(p.code())))) {
            end = End.WRONG_SIDE_OF_LIMIT;
            detail = "just over the limits, not refused for its size: " + (problems == null ? "a verdict" : problems);
        }
        if (!isFailure(end) && cpu > MAX_CPU_NANOS) {
            end = End.OVER_BOUND;
            detail = String.format(Locale.ROOT, "%.2f s of CPU, above %d s", cpu / 1e9, MAX_CPU_NANOS / 1_000_000_000);
        }
        if (!isFailure(end) && allocated > MAX_ALLOCATED) {
            end = End.OVER_BOUND;
            detail = String.format(Locale.ROOT, "%d MB allocated, above %d MB", allocated >> 20, MAX_ALLOCATED >> 20);
        }
        if (end == End.INVALID) {
            for (Problem p : problems) {
                codes.merge(p.code(), 1, Integer::sum);
                // a value of the input quoted back ("...") is the applicant's own text, whatever it says
                if (INTERNALS.matcher(QUOTED.matcher(p.message()).replaceAll("\"\"")).find()) {
                    leakCounts.merge(p.code(), 1, Integer::sum);
                    leaks.putIfAbsent(p.code(), p.path() + ": " + p.message() + "   <- " + c.kind());
                }
            }
        }
        return new Outcome(c, end, cpu, allocated, detail);
    }

    private static boolean isFailure(End end) {
        return end != End.VERDICT && end != End.INVALID;
    }

    private static final Set<String> DOCUMENTED_CODES = documentedCodes();

    private static Set<String> documentedCodes() {
        try {
            return org.fundingrules.ProblemCodesDocumentedTest.documented();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What is wrong with the problems of a refusal, or null. */
    static String badProblems(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            return "an InvalidCaseException without problems";
        }
        for (Problem p : problems) {
            if (p.path() == null || p.path().isBlank() || !p.path().startsWith("$")) {
                return "a problem whose path does not start with '$': " + p;
            }
            if (p.code() == null || p.code().isBlank()) {
                return "a problem without a code: " + p;
            }
            if (!DOCUMENTED_CODES.contains(p.code())) {
                // the codes found by reading the sources may miss one built at run time; these are the ones given
                return "a problem whose code is not in docs/problems.md: " + p;
            }
            if (p.message() == null || p.message().isBlank()) {
                return "a problem without a message: " + p;
            }
        }
        return null;
    }

    private void tally(Outcome o) {
        cases++;
        if (cases % 10_000 == 0) {
            System.out.printf(Locale.ROOT, "hostile campaign: %d cases, %d failures, worst CPU %.3f s%n", cases,
                    failures.size(), slowest == null ? 0 : slowest.cpuNanos() / 1e9);
        }
        HostileCases.HostileCase c = o.input();
        String origin = c.origin().replaceAll(":\\d+$", "").replaceAll("\\(.*", "");
        origins.merge(origin, 1, Integer::sum);
        originCpuMillis.merge(origin, Math.max(0, o.cpuNanos()) / 1_000_000, Long::sum);
        int slash = c.kind().indexOf('/');
        if (slash >= 0) {
            for (String op : c.kind().substring(slash + 1).split("\\+")) {
                ops.merge(op.replaceAll("\\(.*", ""), 1, Integer::sum);
            }
        }
        ends.merge(o.end(), 1, Integer::sum);
        if (o.cpuNanos() >= 0) {
            if (slowest == null || o.cpuNanos() > slowest.cpuNanos()) {
                slowest = o;
            }
            if (o.end() == End.VERDICT && (slowestVerdict == null || o.cpuNanos() > slowestVerdict.cpuNanos())) {
                slowestVerdict = o;
            }
            if (mostAllocating == null || o.allocated() > mostAllocating.allocated()) {
                mostAllocating = o;
            }
        }
        if (o.failed()) {
            failures.add(o);
            keep(o);
        }
    }

    /** Writes a failing input and what happened to it under the failures folder. */
    private void keep(Outcome o) {
        try {
            Files.createDirectories(failuresDir);
            String name = o.end() + "-" + o.input().kind().replaceAll("[^A-Za-z0-9_.:+-]+", "_")
                    .replace(':', '-') + "-" + Long.toHexString(o.input().seed());
            name = name.length() > 180 ? name.substring(0, 180) : name;
            Files.writeString(failuresDir.resolve(name + ".json"), o.input().json(), StandardCharsets.UTF_8);
            Files.writeString(failuresDir.resolve(name + ".txt"), "kind: " + o.input().kind() + "\nseed: "
                    + o.input().seed() + "\nend: " + o.end() + "\ncpu: " + o.cpuNanos() + " ns\n\n" + o.detail(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stack(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    /** The tallies, for the test log and the notes. */
    public String summary(long seed, long wallMillis) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "hostile campaign: %d cases, seed %d, %.1f s wall%n", cases, seed,
                wallMillis / 1000.0));
        b.append("  ends: ").append(ends).append('\n');
        b.append("  origins: ").append(origins).append('\n');
        b.append("  CPU per origin (ms): ").append(originCpuMillis).append('\n');
        b.append("  operations: ").append(ops).append('\n');
        b.append("  problem codes: ").append(codes).append('\n');
        if (slowest != null) {
            b.append(String.format(Locale.ROOT, "  worst CPU: %.3f s (%s, %s, seed %d)%n", slowest.cpuNanos() / 1e9,
                    slowest.end(), slowest.input().kind(), slowest.input().seed()));
        }
        if (slowestVerdict != null) {
            b.append(String.format(Locale.ROOT, "  worst CPU of a verdict: %.3f s (%s, seed %d)%n",
                    slowestVerdict.cpuNanos() / 1e9, slowestVerdict.input().kind(), slowestVerdict.input().seed()));
        }
        if (mostAllocating != null) {
            b.append(String.format(Locale.ROOT, "  most allocated: %d MB (%s, seed %d)%n",
                    mostAllocating.allocated() >> 20, mostAllocating.input().kind(), mostAllocating.input().seed()));
        }
        b.append("  failures: ").append(failures.size()).append('\n');
        for (Outcome o : failures) {
            b.append("    ").append(o.end()).append(' ').append(o.input().kind()).append(" seed ")
                    .append(o.input().seed()).append(": ").append(firstLines(o.detail(), 6)).append('\n');
        }
        b.append("  messages showing internals (by code, count, one example): ").append(leakCounts).append('\n');
        leaks.forEach((code, ex) -> b.append("    ").append(code).append(": ").append(firstLines(ex, 1)).append('\n'));
        return b.toString();
    }

    static String firstLines(String s, int n) {
        String[] lines = s.split("\n");
        return String.join("\n      ", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
