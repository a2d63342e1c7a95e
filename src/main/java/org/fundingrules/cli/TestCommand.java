package org.fundingrules.cli;

import java.io.PrintStream;
import java.util.List;
import org.fundingrules.trace.Verdict;
import org.fundingrules.authoring.ScenarioSuite;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Scenarios.Result;
import org.fundingrules.engine.Scenarios.Scenario;
import org.fundingrules.trace.SubjectType;

/**
 * {@code test [--rules DIR]}: runs every scenario file of the rules and prints one line per scenario; for a failure,
 * the differences (expected and actual outcome, the criteria that differ) and the trace of the subjects concerned.
 */
final class TestCommand {

    private TestCommand() {
    }

    static int run(java.nio.file.Path rules, PrintStream out, PrintStream err) {
        RulesAndScenarios loaded = RulesAndScenarios.load(rules, err);
        if (loaded.engine() == null) {
            return loaded.exit();
        }
        List<Scenario> scenarios = loaded.scenarios();
        if (scenarios.isEmpty()) {
            err.println("no scenario file in the rules (<family>/scenarios/*.yaml)");
            return Main.INVALID_INPUT;
        }
        long start = System.nanoTime();
        List<Result> results = loaded.runAll();
        int failed = 0;
        for (Result r : results) {
            Scenario s = r.scenario();
            out.println((r.passed() ? "PASS  " : "FAIL  ") + ScenarioSuite.family(s) + "  " + s.file() + "  " + s.name());
            if (!r.passed()) {
                failed++;
                explain(out, r);
            }
        }
        out.printf("%d scenarios: %d passed, %d failed (%.1f s)%n", results.size(), results.size() - failed, failed,
                (System.nanoTime() - start) / 1e9);
        return failed == 0 ? Main.COMPLIANT : Main.NOT_COMPLIANT;
    }

    /** The differences, then the trace of every subject they name (or of every verdict when none is named). */
    private static void explain(PrintStream out, Result r) {
        out.println("      source: " + r.scenario().source());
        for (String d : r.differences()) {
            out.println("      - " + d);
        }
        if (r.evaluation() == null) {
            return;
        }
        StringBuilder trace = new StringBuilder();
        for (var e : r.scenario().expect().properties()) {
            String[] key = e.getKey().trim().split("\\s+", 2);
            boolean differs = r.differences().stream().anyMatch(d -> d.startsWith(e.getKey() + ":"));
            if (!differs) {
                continue;
            }
            try {
                r.evaluation().verdict(SubjectType.valueOf(key[0]), key.length > 1 ? key[1] : "")
                        .ifPresent(v -> TextReport.verdict(trace, v));
            } catch (IllegalArgumentException ignored) {
                // an unknown subject type is already among the differences
            }
        }
        if (trace.length() == 0) {
            for (Verdict v : r.evaluation().verdicts()) {
                if (v.outcome() != org.fundingrules.trace.Outcome.COMPLIANT) {
                    TextReport.verdict(trace, v);
                }
            }
        }
        if (trace.length() > 0) {
            out.println("      trace:");
            trace.toString().lines().forEach(l -> out.println("        " + l));
        }
    }
}
