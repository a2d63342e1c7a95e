package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.Scenarios;
import org.fundingrules.engine.Scenarios.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Turns every scenario file under rules/ into one test per scenario, run against the rules folder itself. */
class ScenarioFilesTest {
    private static final RuleFiles FILES = RuleFiles.folder(Path.of("rules"));
    private static final Engine ENGINE = Engine.load(FILES);

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesTheVerdictsItExpects() {
        List<Scenario> scenarios = Scenarios.load(FILES);
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () ->
                assertThat(Scenarios.check(ENGINE, s)).as("differences from %s (source: %s)", s, s.source())
                        .isEmpty()));
    }

    @Test
    void everyRuleFamilyHasScenariosWithSources() {
        List<Scenario> scenarios = Scenarios.load(FILES);
        assertThat(scenarios).extracting(Scenario::file).contains("fstp/scenarios/h2020_annex_k_fstp.yaml");
        assertThat(scenarios).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThat(scenarios.stream().filter(s -> s.file().startsWith("fstp/")).count()).isGreaterThanOrEqualTo(15);
    }
}
