package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.Scenarios.Result;
import org.fundingrules.engine.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building family by family reuses what is unchanged and gives the rule set a full build gives. */
class IncrementalLoadTest {
    @TempDir
    Path temp;

    @Test
    void aParameterEditCompilesNothingAndADrlEditOnlyItsFamilyWhileTheOldSetKeepsWorking() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.AT_THE_MAXIMUM, MiniFamily.ONE_CENT_OVER));
        AuthoringFixtures.copyTree(Path.of("rules/eligibility"), rules.resolve("eligibility"));
        RuleFiles files = RuleFiles.folder(rules);
        Engine first = Engine.load(files, null);
        List<Scenario> scenarios = ScenarioSuite.load(files);
        assertThat(ScenarioSuite.runAll(first, scenarios, 2)).allMatch(Result::passed);

        // a parameter edit: same knowledge base, new value
        AuthoringFixtures.replace(rules.resolve("mini/parameters/mini.yaml"), "\"60000.00\"", "\"60000.01\"");
        Engine second = Engine.load(RuleFiles.folder(rules), first);
        assertThat(second.digest()).isNotEqualTo(first.digest());
        assertThat(ScenarioSuite.runAll(second, scenarios, 1)).anyMatch(r -> !r.passed());

        // a DRL edit in mini: eligibility reused, mini recompiled; the first engine still serves its own rules
        AuthoringFixtures.replace(rules.resolve("mini/parameters/mini.yaml"), "\"60000.01\"", "\"60000.00\"");
        Path drl = rules.resolve("mini/mini.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// an edit\n");
        Engine third = Engine.load(RuleFiles.folder(rules), second);
        assertThat(ScenarioSuite.runAll(third, scenarios, 2)).allMatch(Result::passed);
        assertThat(ScenarioSuite.runAll(first, scenarios, 2)).allMatch(Result::passed);
        assertThat(third.rules()).hasSameSizeAs(first.rules());
        assertThat(third.digest()).isNotEqualTo(first.digest());
        // a broken edit leaves the previous engine untouched
        Files.writeString(drl, Files.readString(drl).replace("then", "thne"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Engine.load(RuleFiles.folder(rules), third))
                .isInstanceOf(org.fundingrules.trace.RulesLoadException.class).hasMessageContaining("mini/mini.drl:");
        assertThat(ScenarioSuite.runAll(third, scenarios, 1)).allMatch(Result::passed);
    }
}
