package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.fundingrules.authoring.Coverage.Branch;
import org.fundingrules.authoring.Coverage.RuleCoverage;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Coverage#of} on the mini family, compiled once. */
class CoverageOfTest {
    @TempDir
    Path dir;

    @Test
    void aRuleWhoseConsequenceDoesNotShowItsBranchesIsExpectedToShowTheBranchesItProduced() throws IOException {
        Path rules = MiniFamily.write(dir, List.of(MiniFamily.AT_THE_MAXIMUM, MiniFamily.ONE_CENT_OVER));
        // the heuristic does not recognise a parenthesised kcontext: the rule reads as if it reported through a helper
        AuthoringFixtures.replace(rules.resolve("mini/mini.drl"), "Judge.on(kcontext, $tp)", "Judge.on((kcontext), $tp)");
        RuleFiles files = RuleFiles.folder(rules);
        Engine engine = Engine.load(files, null);

        List<RuleCoverage> coverage = Coverage.of(engine, ScenarioSuite.runAll(engine, ScenarioSuite.load(files), 1));

        assertThat(coverage).containsExactly(
                new RuleCoverage("mini.cap", "mini/mini.drl", List.of("Mini: the maximum per third party applies"),
                        true, EnumSet.noneOf(Branch.class), EnumSet.noneOf(Branch.class)),
                new RuleCoverage("mini.cap_per_third_party", "mini/mini.drl",
                        List.of("Mini: total support to one third party stays within the maximum"), true,
                        EnumSet.allOf(Branch.class), EnumSet.allOf(Branch.class)));
    }
}
