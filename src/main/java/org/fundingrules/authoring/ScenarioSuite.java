package org.fundingrules.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.Scenarios;
import org.fundingrules.engine.Scenarios.Result;
import org.fundingrules.engine.Scenarios.Scenario;

/** Runs the scenario files of a rule set: all of them, or until the first that fails. */
public final class ScenarioSuite {
    private ScenarioSuite() {
    }

    /** Every scenario of the rule set, in file order. */
    public static List<Scenario> load(RuleFiles files) {
        return Scenarios.load(files);
    }

    /** The family of a scenario: the top folder of its file. */
    public static String family(Scenario s) {
        return Engine.familyOf(s.file());
    }

    /** Runs one scenario; an evaluation that throws is a failure that says so, never an exception. */
    public static Result runOne(Engine engine, Scenario s) {
        try {
            return Scenarios.run(engine, s);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(s, List.of("the evaluation failed: " + e), null);
        }
    }

    /** Runs every scenario on {@code threads} threads; results in the scenarios' order. */
    public static List<Result> runAll(Engine engine, List<Scenario> scenarios, int threads) {
        if (threads <= 1 || scenarios.size() < 2) {
            return scenarios.stream().map(s -> runOne(engine, s)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "scenarios");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Scenario s : scenarios) {
                futures.add(pool.submit(() -> runOne(engine, s)));
            }
            List<Result> out = new ArrayList<>();
            for (Future<Result> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first scenario that fails, trying those of {@code family} first; empty when every scenario passes. */
    public static Optional<Result> firstFailure(Engine engine, List<Scenario> scenarios, String family) {
        return firstFailure(engine, scenarios, family, List.of());
    }

    /**
     * The first scenario that fails, trying {@code first} (scenarios that failed before, most recent first), then
     * those of {@code family}, then the rest; empty when every scenario passes.
     */
    public static Optional<Result> firstFailure(Engine engine, List<Scenario> scenarios, String family,
                                                List<Scenario> first) {
        List<Scenario> ordered = new ArrayList<>(first);
        List<Scenario> rest = new ArrayList<>(scenarios);
        rest.removeAll(first);
        rest.sort(Comparator.comparing(s -> family(s).equals(family) ? 0 : 1));
        ordered.addAll(rest);
        for (Scenario s : ordered) {
            Result r = runOne(engine, s);
            if (!r.passed()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
