package org.fundingrules.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.authoring.RuleSets;
import org.fundingrules.authoring.ScenarioSuite;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.Scenarios.Result;
import org.fundingrules.engine.Scenarios.Scenario;

/**
 * What {@code test} and {@code coverage} share: the {@code [--rules DIR]} argument, the rules compiled and their
 * scenario files read, or the exit code and message when that fails.
 *
 * @param engine the compiled rules, or null when loading failed
 * @param scenarios the scenarios of the rules folder
 * @param exit the exit code when loading failed
 */
record RulesAndScenarios(Engine engine, List<Scenario> scenarios, int exit) {

    /** Loads the rules of {@code rules} (the packaged ones when null); on failure the message is printed and
     * {@link #engine()} is null. */
    static RulesAndScenarios load(java.nio.file.Path rules, PrintStream err) {
        try {
            RuleFiles files = RuleSets.files(rules);
            return new RulesAndScenarios(Engine.load(files), ScenarioSuite.load(files), 0);
        } catch (RulesLoadException e) {
            return failed(Cli.rulesFailed(err, "the rules", e));
        } catch (IllegalArgumentException e) {
            err.println("a scenario file cannot be read: " + e.getMessage());
            return failed(Main.INVALID_INPUT);
        }
    }

    private static RulesAndScenarios failed(int exit) {
        return new RulesAndScenarios(null, List.of(), exit);
    }

    /** Runs every scenario, two at a time at most. */
    List<Result> runAll() {
        return ScenarioSuite.runAll(engine, scenarios, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }
}
