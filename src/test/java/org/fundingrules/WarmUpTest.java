package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.fundingrules.json.FundingJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RuleSet#warmUp}: it runs the scenario cases for its budget and leaves no trace on later evaluations. */
class WarmUpTest {
    private static final RuleSet RULES = TestCases.RULES;

    @Test
    void warmingUpRunsScenarioCasesAndChangesNoLaterResult() {
        String amulet = TestCases.amuletJson();
        String before = FundingJson.write(RULES.evaluateJson(amulet));
        int n = RULES.warmUp(Duration.ofMillis(400));
        assertThat(n).isPositive();
        assertThat(FundingJson.write(RULES.evaluateJson(amulet))).isEqualTo(before);
    }

    @Test
    void aZeroBudgetRunsNothingAndANegativeOneIsRefused() {
        assertThat(RULES.warmUp(Duration.ZERO)).isZero();
        assertThatThrownBy(() -> RULES.warmUp(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero or more");
    }

    @Test
    void anInterruptedThreadStopsAtOnceAndKeepsItsInterruptStatus() {
        Thread.currentThread().interrupt();
        try {
            assertThat(RULES.warmUp(Duration.ofMinutes(5))).isZero();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aRulesFolderWarmsUpOnItsOwnScenariosAndWithoutThemRunsNothing(@TempDir Path dir) throws IOException {
        Path folder = TestCases.copyTree(Path.of("rules/eligibility"), dir.resolve("with/eligibility"));
        Files.copy(Path.of("rules/sources.yaml"), dir.resolve("with/sources.yaml"));
        try (RuleSet rules = FundingRules.builder().rules(folder.getParent()).build()) {
            assertThat(rules.warmUp(Duration.ofMillis(300))).isPositive();
        }
        Path bare = TestCases.copyTree(Path.of("rules/eligibility"), dir.resolve("bare/eligibility"));
        Files.copy(Path.of("rules/sources.yaml"), dir.resolve("bare/sources.yaml"));
        try (Stream<Path> s = Files.list(bare.resolve("scenarios"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(bare.resolve("scenarios"));
        try (RuleSet rules = FundingRules.builder().rules(bare.getParent()).build()) {
            assertThat(rules.warmUp(Duration.ofSeconds(2))).isZero();
        }
    }
}
