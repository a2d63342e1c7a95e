package org.fundingrules.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.Scenarios.Result;
import org.fundingrules.engine.Scenarios.Scenario;

/**
 * Mutation testing of a rule set: every {@link Mutations mutation} applied in turn to a copy of the rules folder in
 * a temporary folder, and the scenarios run on each mutant until one fails. A mutant no scenario notices survives:
 * a boundary no scenario tests.
 *
 * <p>Built for speed in one JVM: each worker thread owns a copy of the folder; a mutant reuses the compiled families
 * of the unmutated rule set ({@link Engine#load(RuleFiles, Engine)}), so a parameter mutant compiles nothing and an
 * operator mutant compiles its own family only; the scenarios of the mutated family run first.
 */
public final class MutationRun {
    /** Rule firings allowed per evaluation phase before a mutant counts as looping (and so as noticed). */
    static final int FIRING_LIMIT = 200_000;

    /** What became of a mutant. */
    public enum Fate {
        /** a scenario failed on it */
        KILLED,
        /** every scenario passed on it */
        SURVIVED,
        /** it does not load (does not compile, or a parameter file no longer validates) */
        STILLBORN
    }

    /** One mutant's fate, with the scenario that killed it or the load error. */
    public record Outcome(Mutation mutation, Fate fate, String detail) {
    }

    /** Progress callback: after each mutant. */
    public interface Progress {
        void done(int finished, int total, int survived, long elapsedMillis);
    }

    /** The unmutated rules fail their own scenarios: mutation testing needs a green suite. */
    public static final class NotGreen extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Result> failures;

        NotGreen(List<Result> failures) {
            super(failures.size() + " scenario(s) fail on the unmutated rules");
            this.failures = List.copyOf(failures);
        }

        public List<Result> failures() {
            return failures;
        }
    }

    private MutationRun() {
    }

    /**
     * Runs every mutation.
     *
     * @param files the rule set
     * @param mutations the mutations to try (see {@link Mutations#of})
     * @param base the engine of the unmutated rule set, built with {@link Engine#load(RuleFiles, Engine)}
     * @param threads worker threads
     * @throws NotGreen when a scenario fails on the unmutated rules
     */
    public static List<Outcome> run(RuleFiles files, List<Mutation> mutations, Engine base, int threads,
                                    Progress progress) throws IOException {
        List<Scenario> scenarios = ScenarioSuite.load(files);
        List<Result> failing = ScenarioSuite.runAll(base, scenarios, threads).stream().filter(r -> !r.passed())
                .toList();
        if (!failing.isEmpty()) {
            throw new NotGreen(failing);
        }
        Engine limited = base.withFiringLimit(FIRING_LIMIT);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger survived = new AtomicInteger();
        Outcome[] outcomes = new Outcome[mutations.size()];
        // per family, the scenarios that killed its mutants lately: a neighbouring mutant often dies the same way
        java.util.Map<String, java.util.Deque<Scenario>> killers = new java.util.concurrent.ConcurrentHashMap<>();
        int workers = Math.max(1, Math.min(threads, mutations.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "mutate");
            t.setDaemon(true);
            return t;
        });
        List<Path> copies = new ArrayList<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Path copy = Files.createTempDirectory("fundingrules-mutate-");
                copies.add(copy);
                write(files, copy);
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < mutations.size()) {
                        outcomes[i] = one(copy, mutations.get(i), limited, scenarios, killers);
                        if (outcomes[i].fate() == Fate.SURVIVED) {
                            survived.incrementAndGet();
                        }
                        if (progress != null) {
                            progress.done(finished.incrementAndGet(), mutations.size(), survived.get(),
                                    (System.nanoTime() - start) / 1_000_000);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            for (Path c : copies) {
                delete(c);
            }
        }
        return List.of(outcomes);
    }

    private static Outcome one(Path copy, Mutation m, Engine base, List<Scenario> scenarios,
                               java.util.Map<String, java.util.Deque<Scenario>> killers) {
        java.util.Deque<Scenario> recent = killers.computeIfAbsent(m.family(),
                k -> new java.util.concurrent.ConcurrentLinkedDeque<>());
        Path file = copy.resolve(m.file());
        try {
            byte[] original = Files.readAllBytes(file);
            try {
                Files.writeString(file, m.apply(new String(original, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                Engine mutant;
                try {
                    mutant = Engine.load(RuleFiles.folder(copy), base).withFiringLimit(FIRING_LIMIT);
                } catch (RulesLoadException e) {
                    return new Outcome(m, Fate.STILLBORN, e.errors().isEmpty() ? "" : e.errors().get(0).toString());
                } catch (RuntimeException | StackOverflowError e) {
                    // the rule compiler gave up on the mutant in a way of its own: it does not load either
                    return new Outcome(m, Fate.STILLBORN, "the rules do not build: " + e);
                }
                Optional<Result> killer = ScenarioSuite.firstFailure(mutant, scenarios, m.family(),
                        recent.stream().distinct().limit(8).toList());
                killer.ifPresent(r -> recent.addFirst(r.scenario()));
                while (recent.size() > 32) {
                    recent.pollLast();
                }
                return killer.map(r -> new Outcome(m, Fate.KILLED, r.scenario() + ": "
                        + (r.differences().isEmpty() ? "" : r.differences().get(0))))
                        .orElseGet(() -> new Outcome(m, Fate.SURVIVED, ""));
            } finally {
                Files.write(file, original);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the files of a rule set into a folder. */
    static void write(RuleFiles files, Path folder) throws IOException {
        for (var f : files.files().entrySet()) {
            Path p = folder.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing for
        }
    }
}
