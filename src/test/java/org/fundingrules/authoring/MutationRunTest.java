package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundingrules.authoring.MutationRun.Fate;
import org.fundingrules.authoring.MutationRun.Outcome;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.Scenarios.Result;
import org.fundingrules.engine.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MutationRun} and {@link ScenarioSuite} on the mini family with both boundary scenarios, compiled once for
 * the class: which scenario each mutant meets first, a mutant that does not load, and progress.
 */
class MutationRunTest {
    @TempDir
    static Path dir;
    static RuleFiles files;
    static Engine engine;
    static List<Scenario> scenarios;

    @BeforeAll
    static void mini() throws IOException {
        files = RuleFiles.folder(MiniFamily.write(dir.resolve("rules"), List.of(MiniFamily.AT_THE_MAXIMUM,
                MiniFamily.ONE_CENT_OVER)));
        engine = Engine.load(files, null);
        scenarios = ScenarioSuite.load(files);
    }

    /** The mutation of the mini family whose {@code toString} contains {@code text}. */
    private static Mutation mutation(String text) {
        return Mutations.of(files, Map.of("mini.max_per_third_party", "EUR"), "mini").stream()
                .filter(m -> m.toString().contains(text)).findFirst().orElseThrow();
    }

    @Test
    void aMutantIsTriedFirstOnTheScenarioThatKilledTheLastOneAndAMutantThatDoesNotLoadIsStillborn()
            throws IOException {
        // only the scenario one cent over notices awards summed for the other third parties
        Mutation otherThirdParties = mutation("== -> !=  in rule \"Mini: total support");
        // with no cap both scenarios fail; the one that killed the previous mutant is tried first
        Mutation noCap = mutation("== -> !=  in rule \"Mini: the maximum per third party applies\"");
        String text = files.text("mini/parameters/mini.yaml");
        Mutation badDate = new Mutation("mini/parameters/mini.yaml", 7, 22, text.indexOf("2014-01-01"), "2014-01-01",
                "2014-13-01", "date", "mini.max_per_third_party validFrom");
        List<String> progress = new ArrayList<>();
        long start = System.nanoTime();

        List<Outcome> outcomes = MutationRun.run(files, List.of(otherThirdParties, noCap, badDate), engine, 1,
                (finished, total, survived, elapsed) -> progress.add(finished + "/" + total + " " + survived + " "
                        + elapsed));
        long wall = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcomes).extracting(Outcome::mutation).containsExactly(otherThirdParties, noCap, badDate);
        assertThat(outcomes).extracting(Outcome::fate).containsExactly(Fate.KILLED, Fate.KILLED, Fate.STILLBORN);
        assertThat(outcomes.get(0).detail()).startsWith("mini/scenarios/mini.yaml :: one cent over the maximum fails: ");
        assertThat(outcomes.get(1).detail()).startsWith("mini/scenarios/mini.yaml :: one cent over the maximum fails: ");
        assertThat(outcomes.get(2).detail()).startsWith("mini/parameters/mini.yaml:7: ").contains("\"2014-13-01\"");
        assertThat(progress).hasSize(3).allSatisfy(p -> assertThat(Long.parseLong(p.substring(p.lastIndexOf(' ') + 1)))
                .isBetween(0L, wall));
        assertThat(progress).extracting(p -> p.substring(0, p.lastIndexOf(' '))).containsExactly("1/3 0", "2/3 0",
                "3/3 0");
    }

    @Test
    void theFirstFailureIsLookedForInTheFamilyFirst() {
        // every evaluation fails on an engine allowed a single rule firing
        Engine stalled = engine.withFiringLimit(1);
        Scenario atTheMaximum = scenarios.get(0);
        Scenario elsewhere = new Scenario("other/scenarios/other.yaml", atTheMaximum.name(), atTheMaximum.source(),
                atTheMaximum.caseJson(), atTheMaximum.expect(), atTheMaximum.expectOverall());
        List<Scenario> both = List.of(elsewhere, scenarios.get(1));

        Result first = ScenarioSuite.firstFailure(stalled, both, "mini").orElseThrow();

        assertThat(first.scenario()).isEqualTo(scenarios.get(1));
        assertThat(first.differences()).singleElement().asString().startsWith("the evaluation failed: ");
        assertThat(first.evaluation()).isNull();
        assertThat(ScenarioSuite.firstFailure(stalled, both, "other").orElseThrow().scenario()).isEqualTo(elsewhere);
        assertThat(ScenarioSuite.firstFailure(engine, both, "mini")).isEmpty();
    }
}
