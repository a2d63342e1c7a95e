package org.fundingrules.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.fundingrules.authoring.Coverage;
import org.fundingrules.authoring.Coverage.Branch;
import org.fundingrules.authoring.Coverage.RuleCoverage;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Scenarios.Result;
import org.fundingrules.engine.Scenarios.Scenario;

/**
 * {@code coverage [--rules DIR]}: which rules and which criterion branches (pass, fail or undetermined) the
 * scenarios exercise; lists those never exercised. Exit 0 when every rule fired and every branch was seen, 1 when not.
 */
final class CoverageCommand {

    private CoverageCommand() {
    }

    static int run(java.nio.file.Path rules, PrintStream out, PrintStream err) {
        RulesAndScenarios loaded = RulesAndScenarios.load(rules, err);
        if (loaded.engine() == null) {
            return loaded.exit();
        }
        Engine engine = loaded.engine();
        List<Scenario> scenarios = loaded.scenarios();
        List<Result> results = loaded.runAll();
        long failing = results.stream().filter(r -> !r.passed()).count();
        List<RuleCoverage> coverage = Coverage.of(engine, results);
        for (RuleCoverage c : coverage) {
            out.println(status(c) + "  " + c.ruleId() + "  " + c.file() + "  " + branches(c));
        }
        List<RuleCoverage> neverFired = coverage.stream().filter(c -> !c.fired()).toList();
        List<RuleCoverage> gaps = coverage.stream().filter(c -> c.fired() && !c.missing().isEmpty()).toList();
        if (!neverFired.isEmpty()) {
            out.println();
            out.println("never exercised (no scenario makes them fire):");
            neverFired.forEach(c -> out.println("  " + c.ruleId() + "  (" + c.file() + ": "
                    + String.join("; ", c.versions()) + ")"));
        }
        if (!gaps.isEmpty()) {
            out.println();
            out.println("branches never exercised:");
            gaps.forEach(c -> out.println("  " + c.ruleId() + "  never " + c.missing().stream().map(CoverageCommand::name)
                    .collect(Collectors.joining(" nor ")) + "  (" + c.file() + ")"));
        }
        long deciding = coverage.stream().filter(c -> !c.expected().isEmpty()).count();
        long branchesExpected = coverage.stream().mapToLong(c -> c.expected().size()).sum();
        long branchesSeen = coverage.stream().mapToLong(c -> c.expected().size() - c.missing().size()).sum();
        out.printf("%n%d rule ids: %d exercised, %d never; %d produce criteria: %d of %d branches exercised; "
                        + "%d scenarios (%d failing)%n", coverage.size(), coverage.size() - neverFired.size(),
                neverFired.size(), deciding, branchesSeen, branchesExpected, results.size(), failing);
        if (failing > 0) {
            err.println(failing + " scenario(s) fail: run 'fundingrules test' for the differences");
        }
        return neverFired.isEmpty() && gaps.isEmpty() ? Main.COMPLIANT : Main.NOT_COMPLIANT;
    }

    private static String status(RuleCoverage c) {
        if (!c.fired()) {
            return "NEVER  ";
        }
        return c.missing().isEmpty() ? "COVERED" : "PARTIAL";
    }

    private static String branches(RuleCoverage c) {
        if (c.expected().isEmpty()) {
            return c.fired() ? "fired (derives facts)" : "";
        }
        StringBuilder b = new StringBuilder();
        for (Branch br : c.expected()) {
            b.append(b.length() == 0 ? "" : " ").append(name(br)).append(c.seen().contains(br) ? "+" : "-");
        }
        return b.toString();
    }

    private static String name(Branch b) {
        return b == Branch.PASS ? "PASS" : "FAIL/UNDETERMINED";
    }
}
