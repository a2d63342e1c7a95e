package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.fundingrules.authoring.AuthoringFixtures;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.RulesLoadException;

/** Hot reload: edits while evaluations run on several threads; a broken edit leaves the last good rules serving. */
class RulesWatcherTest {
    private static final String PARAMETERS = "fstp/parameters/h2020_annex_k_fstp.yaml";
    private static final String DRL = "fstp/h2020_annex_k_fstp.drl";

    @TempDir
    Path temp;

    /** The Annex K rules alone: enough to judge the AMULET third party that received EUR 64 500. */
    private Path annexK() throws IOException {
        Path rules = temp.resolve("rules");
        for (String f : List.of(DRL, PARAMETERS, "fstp/scenarios/h2020_annex_k_fstp.yaml", "sources.yaml")) {
            Files.createDirectories(rules.resolve(f).getParent());
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        return rules;
    }

    /** Records what the watcher reports. */
    static final class Events implements RuleSet.ReloadListener {
        final List<String> reloaded = new CopyOnWriteArrayList<>();
        final List<List<RuleError>> failed = new CopyOnWriteArrayList<>();
        final List<String> stillServing = new CopyOnWriteArrayList<>();

        @Override
        public void reloaded(String digest) {
            reloaded.add(digest);
        }

        @Override
        public void failed(List<RuleError> errors, String serving) {
            failed.add(errors);
            stillServing.add(serving);
        }
    }

    @Test
    void editsWhileEvaluatingNeverFailOrMixRuleSetsAndABrokenEditKeepsTheLastGoodRules() throws Exception {
        Path rules = annexK();
        CaseFile amulet = FundingJson.readCase(Files.readString(Path.of("examples/amulet/case.json")));
        Events events = new Events();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (WatchedRuleSet watcher = WatchedRuleSet.watch(rules, events)) {
            String original = watcher.digest();
            // digest -> the outcome that rule set gives the third party paid EUR 64 500
            Map<String, Outcome> expected = new ConcurrentHashMap<>();
            expected.put(original, Outcome.NON_COMPLIANT);
            Map<String, Integer> seen = new ConcurrentHashMap<>();
            List<String> problems = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(3);
            List<Future<?>> evaluators = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                evaluators.add(pool.submit(() -> {
                    started.countDown();
                    while (!stop.get()) {
                        try {
                            Evaluation e = watcher.evaluate(amulet);
                            Outcome tp = e.verdict(SubjectType.THIRD_PARTY, "tp-it-lightcomp").orElseThrow().outcome();
                            String cap = e.verdict(SubjectType.THIRD_PARTY, "tp-it-lightcomp").orElseThrow()
                                    .criteria().stream().filter(c -> c.ruleId().equals("fstp.cap_per_third_party"))
                                    .flatMap(c -> c.parameters().stream()).map(p -> p.value()).findFirst().orElse("?");
                            seen.merge(e.ruleSetDigest() + " " + tp + " " + cap, 1, Integer::sum);
                        } catch (RuntimeException ex) {
                            problems.add(ex.toString());
                        }
                    }
                    return null;
                }));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);

            // 1. a parameter edit, rebuilt by reload() while the evaluations run
            AuthoringFixtures.replace(rules.resolve(PARAMETERS), "\"60000.00\"", "\"70000.00\"");
            assertThat(watcher.reload()).isIn(WatchedRuleSet.ReloadResult.RELOADED, WatchedRuleSet.ReloadResult.UNCHANGED);
            String raised = watcher.digest();
            assertThat(raised).isNotEqualTo(original);
            expected.put(raised, Outcome.COMPLIANT);
            Thread.sleep(500);

            // 2. a broken edit: the raised maximum keeps serving, the errors name file and line
            AuthoringFixtures.replace(rules.resolve(DRL), "\nwhen\n", "\nwhn\n");
            assertThat(watcher.reload()).isEqualTo(WatchedRuleSet.ReloadResult.FAILED);
            assertThat(watcher.digest()).isEqualTo(raised);
            assertThat(events.failed).isNotEmpty();
            assertThat(events.failed.get(events.failed.size() - 1))
                    .anySatisfy(err -> {
                        assertThat(err.file()).isEqualTo(DRL);
                        assertThat(err.line()).isPositive();
                    });
            assertThat(events.stillServing).contains(raised);
            Thread.sleep(300);

            // 3. the watcher itself picks up the repair (and the maximum set back): the original rules serve again
            AuthoringFixtures.replace(rules.resolve(DRL), "\nwhn\n", "\nwhen\n");
            AuthoringFixtures.replace(rules.resolve(PARAMETERS), "\"70000.00\"", "\"60000.00\"");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!watcher.digest().equals(original) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(watcher.digest()).as("the watch service rebuilt after the repair").isEqualTo(original);
            Thread.sleep(300);

            stop.set(true);
            for (Future<?> f : evaluators) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertThat(problems).as("no evaluation failed").isEmpty();
            // every result's verdict is the one its own rule set gives: no evaluation mixed two rule sets
            assertThat(seen.keySet()).allSatisfy(k -> {
                String[] parts = k.split(" ");
                assertThat(expected).containsKey(parts[0]);
                assertThat(parts[1]).isEqualTo(expected.get(parts[0]).name());
                assertThat(parts[2]).isEqualTo(parts[0].equals(original) ? "60000.00" : "70000.00");
            });
            assertThat(seen.keySet()).anyMatch(k -> k.startsWith(original + " "))
                    .anyMatch(k -> k.startsWith(raised + " "));
            assertThat(events.reloaded).contains(raised, original);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFolderThatDoesNotLoadToBeginWithIsRefused() throws IOException {
        Path rules = annexK();
        AuthoringFixtures.replace(rules.resolve(DRL), "\nwhen\n", "\nwhn\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WatchedRuleSet.watch(rules, new RuleSet.ReloadListener() { }))
                .isInstanceOf(RulesLoadException.class)
                .hasMessageContaining(DRL);
    }

    @Test
    void aScenarioEditChangesNothingThatJudges() throws IOException {
        Path rules = annexK();
        try (WatchedRuleSet watcher = WatchedRuleSet.watch(rules, new RuleSet.ReloadListener() { })) {
            String before = watcher.digest();
            Files.writeString(rules.resolve("fstp/scenarios/h2020_annex_k_fstp.yaml"), "\n# note\n",
                    java.nio.file.StandardOpenOption.APPEND);
            assertThat(watcher.reload()).isEqualTo(WatchedRuleSet.ReloadResult.UNCHANGED);
            assertThat(watcher.current().digest()).isEqualTo(before);
        }
    }
}
