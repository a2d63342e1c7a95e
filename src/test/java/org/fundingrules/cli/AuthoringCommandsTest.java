package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundingrules.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundingrules.authoring.AuthoringFixtures;
import org.fundingrules.authoring.MiniFamily;
import org.fundingrules.authoring.SurvivorReasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule author's commands (test, coverage, mutate, impact) through {@link Main#run}, on folders built here. */
class AuthoringCommandsTest {
    @TempDir
    Path temp;

    /**
     * sources.yaml and the main Annex K file of rules/fstp with its parameters and scenarios, and the SME family its
     * SME-only call scenario reads.
     */
    private Path annexK(String name) throws IOException {
        Path rules = temp.resolve(name);
        for (String f : List.of("fstp/h2020_annex_k_fstp.drl", "fstp/parameters/h2020_annex_k_fstp.yaml",
                "fstp/scenarios/h2020_annex_k_fstp.yaml", "sme/rec_2003_361_sme_definition.drl",
                "sme/parameters/rec_2003_361_sme_definition.yaml", "sme/scenarios/rec_2003_361_sme_definition.yaml",
                "fstp/messages.properties", "fstp/messages_fr.properties", "sme/messages.properties",
                "sme/messages_fr.properties", "sources.yaml")) {
            Files.createDirectories(rules.resolve(f).getParent());
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        return rules;
    }

    /** The number of scenarios in a rules folder's scenario files (one "- name:" line each). */
    private static long scenarioCount(Path rules) throws IOException {
        try (var files = Files.walk(rules)) {
            long n = 0;
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && p.getParent().endsWith("scenarios"))
                    .toList()) {
                n += Files.readAllLines(f).stream().filter(l -> l.startsWith("  - name:")).count();
            }
            return n;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // test
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void testPrintsOneLinePerScenarioAndASummary() throws IOException {
        CliRun r = run("test", "--rules", annexK("rules").toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("PASS  fstp  fstp/scenarios/h2020_annex_k_fstp.yaml  "
                + "exactly at the maximum, summed over two calls, passes\n");
        long scenarios = scenarioCount(annexK("count"));
        assertThat(r.out().lines().filter(l -> l.startsWith("PASS  ")).count()).isEqualTo(scenarios);
        assertThat(r.out()).containsPattern("\n" + scenarios + " scenarios: " + scenarios
                + " passed, 0 failed \\(\\d+\\.\\d s\\)\n$");
    }

    @Test
    void aFailingScenarioShowsExpectedAndActualTheCriteriaThatDifferAndTheTrace() throws IOException {
        Path rules = annexK("rules");
        AuthoringFixtures.replace(rules.resolve("fstp/parameters/h2020_annex_k_fstp.yaml"), "\"60000.00\"",
                "\"60000.01\"");

        CliRun r = run("test", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(1);
        String name = "one cent over the maximum, summed over two calls, fails by EUR 0.01";
        assertThat(r.out())
                .contains("FAIL  fstp  fstp/scenarios/h2020_annex_k_fstp.yaml  " + name + "\n")
                .contains("FAIL  fstp  fstp/scenarios/h2020_annex_k_fstp.yaml  exactly at the maximum")
                .contains("THIRD_PARTY tp1: figure 'maximum per third party (default)' expected 60000.00, got [60000.01]")
                .contains("PASS  fstp  fstp/scenarios/h2020_annex_k_fstp.yaml  before Horizon 2020 applied")
                .contains("overall: expected NON_COMPLIANT, got COMPLIANT")
                .contains("THIRD_PARTY tp1: expected NON_COMPLIANT, got COMPLIANT")
                .contains("THIRD_PARTY tp1: criterion fstp.cap_per_third_party expected FAIL, got PASS")
                .contains("      trace:\n")
                .contains("COMPLIANT  THIRD_PARTY tp1")
                .contains("[PASS] fstp.cap_per_third_party")
                .contains("test: EUR 60 000.01 <= EUR 60 000.01")
                .containsPattern("\n\\d+ scenarios: \\d+ passed, [1-9]\\d* failed");
    }

    @Test
    void aTableRowOrInputPathTheTraceDoesNotShowFailsTheScenarioWithExpectedAndActual() throws IOException {
        Path rules = annexK("rules");
        Path sme = rules.resolve("sme/scenarios/rec_2003_361_sme_definition.yaml");
        AuthoringFixtures.replace(sme, "\"partner (downstream partner)\" ]", "\"partner\" ]");
        String vc1 = "[\"$.holdings[?(@.id=='h-vc-1')]\"]";
        String vc2 = "[\"$.holdings[?(@.id=='h-vc-2')]\"]";
        AuthoringFixtures.replace(sme, "inputs: [ \"$.holdings[?(@.id=='h-vc-2')]\" ]", "inputs: " + vc1);
        AuthoringFixtures.replace(sme, "        explain:\n          sme.public_bodies: { inputs: [] }",
                "        explian:\n          sme.public_bodies: { inputs: [] }");

        CliRun r = run("test", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains("FAIL  sme  sme/scenarios/rec_2003_361_sme_definition.yaml  a joint venture consolidated by"
                        + " one partner is still counted by the other partner\n")
                .contains("      - ENTERPRISE e1: criterion sme.enterprise_type table has no row"
                        + " [\"x\",\"30 %\",\"15\",\"1500000\",\"1200000\",\"partner\"] (rows:"
                        + " [[\"e1\",\"100 %\",\"20\",\"3000000\",\"2500000\",\"own\"],"
                        + "[\"x\",\"30 %\",\"15\",\"1500000\",\"1200000\",\"partner (downstream partner)\"],"
                        + "[\"total\",\"\",\"35\",\"4500000\",\"3700000\",\"latest period ending 2023-12-31\"]])\n")
                .contains("      - ENTERPRISE app-v: criterion sme.enterprise_type inputs expected " + vc1 + ", got "
                        + vc2 + " (missing " + vc1 + "; not expected " + vc2 + ")\n")
                .contains("      - ENTERPRISE app-c: unknown key 'explian' (known: outcome, criteria, figures,"
                        + " reasonContains, explain)\n")
                .contains("COMPLIANT  ENTERPRISE e1")
                .contains("[PASS] sme.enterprise_type")
                .containsPattern("\n\\d+ scenarios: \\d+ passed, 3 failed");
    }

    @Test
    void testOnRulesThatDoNotLoadExitsThreeWithFileAndLine() throws IOException {
        Path rules = annexK("rules");
        AuthoringFixtures.replace(rules.resolve("fstp/h2020_annex_k_fstp.drl"), "\nwhen\n", "\nwhn\n");

        CliRun r = run("test", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("do not load").containsPattern("fstp/h2020_annex_k_fstp\\.drl:\\d+");
    }

    @Test
    void anUnreadableScenarioFileIsInvalidInput() throws IOException {
        Path rules = annexK("rules");
        Files.writeString(rules.resolve("fstp/scenarios/broken.yaml"), "scenarios: [ { name: x\n");

        CliRun r = run("test", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("fstp/scenarios/broken.yaml");
    }

    @Test
    void testRejectsStrayArguments() {
        assertThat(run("test", "extra").code()).isEqualTo(64);
        assertThat(run("test", "--rules").code()).isEqualTo(64);
        assertThat(run("coverage", "--only", "x").code()).isEqualTo(64);
    }

    // ---------------------------------------------------------------------------------------------------------
    // coverage
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void coverageListsTheRulesAndBranchesNoScenarioExercises() throws IOException {
        Path rules = annexK("rules");
        Path drl = rules.resolve("fstp/h2020_annex_k_fstp.drl");
        Files.writeString(drl, Files.readString(drl) + """

                rule "Annex K: a rule no scenario reaches"
                    @ruleId("fstp.unreached")
                    @source("h2020_general_annex_k")
                    @article("General Annex K")
                    @validFrom("2014-01-01")
                when
                    $a : ActionFact( topic == "no such topic" )
                then
                    Judge.on(kcontext, $a).statement("never").holds($a.topicProvidesFstp() != null, null);
                end
                """);

        CliRun r = run("coverage", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains("NEVER    fstp.unreached  fstp/h2020_annex_k_fstp.drl  PASS- FAIL/UNDETERMINED-")
                .contains("COVERED  fstp.cap_per_third_party  fstp/h2020_annex_k_fstp.drl  PASS+ FAIL/UNDETERMINED+")
                // a definition rule inserts a fact and produces no criterion: it counts when it fired
                .contains("COVERED  fstp.applicable_cap.default  fstp/h2020_annex_k_fstp.drl  fired (derives facts)")
                .contains("never exercised (no scenario makes them fire):\n")
                .contains("\n  fstp.unreached  (fstp/h2020_annex_k_fstp.drl: Annex K: a rule no scenario reaches)\n")
                // this file alone: its call-element and SME-only scenarios live in call_composition.yaml
                .contains("branches never exercised:")
                .contains("  fstp.call.max_per_project  never PASS  (fstp/h2020_annex_k_fstp.drl)")
                .containsPattern("\n\\d+ rule ids: \\d+ exercised, 2 never;"); // and fstp.award.recipient_is_sme
    }

    @Test
    void coverageExitsZeroWhenEveryRuleAndBranchIsExercised() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.AT_THE_MAXIMUM,
                MiniFamily.ONE_CENT_OVER));

        CliRun r = run("coverage", "--rules", rules.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("COVERED  mini.cap  mini/mini.drl  fired (derives facts)")
                .contains("COVERED  mini.cap_per_third_party  mini/mini.drl  PASS+ FAIL/UNDETERMINED+")
                .contains("2 rule ids: 2 exercised, 0 never; 1 produce criteria: 2 of 2 branches exercised; "
                        + "2 scenarios (0 failing)")
                .doesNotContain("never exercised");
    }

    @Test
    void coverageWithoutTheFailingScenarioMissesTheFailBranch() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.AT_THE_MAXIMUM));

        CliRun r = run("coverage", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("PARTIAL  mini.cap_per_third_party  mini/mini.drl  PASS+ FAIL/UNDETERMINED-")
                .contains("  mini.cap_per_third_party  never FAIL/UNDETERMINED  (mini/mini.drl)");
    }

    // ---------------------------------------------------------------------------------------------------------
    // mutate
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void mutateListsTheParameterMoveNoScenarioNotices() throws IOException {
        // only the one-cent-over scenario: lowering the maximum by one cent still fails it, nothing notices
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));

        CliRun r = run("mutate", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.startsWith("SURVIVED"))).containsExactly(
                "SURVIVED  mini/parameters/mini.yaml:6:15  mini.max_per_third_party 60000.00 -> 59999.99  [occurrence 1]");
        // 2 parameter moves; 3 comparisons flipped (the == in the comment and in the string are left alone)
        assertThat(r.out()).containsPattern("5 mutants: 4 killed, 1 survived, 0 do not load; \\d+\\.\\d s on 2 thread");
        assertThat(r.err()).contains("mutate: 5 mutants (2 parameter values, 0 validity dates, 3 comparisons)")
                .contains("mutate: 5/5 mutants, 1 survived");
    }

    @Test
    void aWrittenReasonAccountsForASurvivorAndAStaleOrMalformedOneFails() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        String header = "# Surviving mutants\n\n| where | change | occurrence | why |\n|---|---|---|---|\n";
        Files.writeString(rules.resolve("mini/" + SurvivorReasons.FILE), header
                + "| mini.max_per_third_party | `60000.00` -> `59999.99` | 1 | only the cent over is tested here |\n");

        CliRun explained = run("mutate", "--rules", rules.toString(), "--threads", "1");

        assertThat(explained.code()).isZero();
        assertThat(explained.out()).doesNotContain("SURVIVED ").contains(
                "EXPLAINED mini/parameters/mini.yaml:6:15  mini.max_per_third_party 60000.00 -> 59999.99"
                        + "  (mini/surviving-mutants.md:5)")
                .contains("1 of 1 survivors have a written reason (surviving-mutants.md); 0 reasons are stale");

        // a reason for the mutant the one-cent-over scenario kills, and a row without its occurrence
        Files.writeString(rules.resolve("mini/" + SurvivorReasons.FILE), header
                + "| mini.max_per_third_party | `60000.00` -> `59999.99` | 1 | only the cent over is tested here |\n"
                + "| mini.max_per_third_party | `60000.00` -> `60000.01` | 1 | wrongly thought to survive |\n"
                + "| mini.max_per_third_party | `60000.00` -> `60000.01` | one | no occurrence |\n");

        CliRun stale = run("mutate", "--rules", rules.toString(), "--threads", "1");

        assertThat(stale.code()).isEqualTo(1);
        assertThat(stale.out()).contains("STALE     mini/surviving-mutants.md:6  mini | mini.max_per_third_party"
                        + " | 60000.00 -> 60000.01 | 1: a scenario now kills this mutant; remove the reason")
                .contains("UNREADABLE mini/surviving-mutants.md:7: write the change as")
                .contains("1 of 1 survivors have a written reason (surviving-mutants.md); 1 reasons are stale");
    }

    @Test
    void mutateWithBothBoundaryScenariosLeavesNoSurvivor() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.AT_THE_MAXIMUM,
                MiniFamily.ONE_CENT_OVER));

        CliRun r = run("mutate", "--rules", rules.toString(), "--only", "mini", "--threads", "1");

        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("SURVIVED")
                .containsPattern("5 mutants of family mini: 5 killed, 0 survived, 0 do not load; .* on 1 thread");
    }

    @Test
    void mutateWithDatesMovesTheValidityOfEachParameterValue() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.AT_THE_MAXIMUM,
                MiniFamily.ONE_CENT_OVER));

        CliRun r = run("mutate", "--rules", rules.toString(), "--dates");

        // the scenarios judge 2023 only: the start of the maximum's validity can move a day either way unnoticed
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.startsWith("SURVIVED"))).containsExactly(
                "SURVIVED  mini/parameters/mini.yaml:7:18  mini.max_per_third_party validFrom 2014-01-01 -> 2013-12-31  [occurrence 1]",
                "SURVIVED  mini/parameters/mini.yaml:7:18  mini.max_per_third_party validFrom 2014-01-01 -> 2014-01-02  [occurrence 1]");
        assertThat(r.err()).contains("7 mutants (2 parameter values, 2 validity dates, 3 comparisons)");
    }

    @Test
    void mutateRefusesRulesWhoseScenariosFailAndUnknownFamilies() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        AuthoringFixtures.replace(rules.resolve("mini/parameters/mini.yaml"), "60000.00", "70000.00");

        CliRun red = run("mutate", "--rules", rules.toString());
        CliRun unknown = run("mutate", "--rules", rules.toString(), "--only", "nope");
        CliRun threads = run("mutate", "--rules", rules.toString(), "--threads", "0");

        assertThat(red.code()).isEqualTo(1);
        assertThat(red.err()).contains("1 scenario(s) fail on the unmutated rules")
                .contains("one cent over the maximum fails");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no rule family 'nope'");
        assertThat(threads.code()).isEqualTo(64);
    }

    @Test
    void mutateOnRulesThatDoNotLoadExitsThree() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        AuthoringFixtures.replace(rules.resolve("mini/mini.drl"), "then", "thne");

        CliRun r = run("mutate", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).containsPattern("mini/mini\\.drl:\\d+");
    }

    // ---------------------------------------------------------------------------------------------------------
    // impact
    // ---------------------------------------------------------------------------------------------------------

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A de minimis case: earlier aid granted on 2023-05-01 plus a new award of EUR 50 000 on {@code grantDate}. */
    private static String deMinimisCase(String earlier, String grantDate) throws IOException {
        JsonNode base = YAML.readTree(Files.readString(Path.of(
                "rules/state_aid/scenarios/reg_2023_2831_de_minimis.yaml"))).get("base");
        ObjectNode c = base.deepCopy();
        ObjectNode enterprise = (ObjectNode) c.withArray("enterprises").get(0);
        enterprise.set("markets", YAML.readTree("[J62.01]")); // not an excluded sector
        enterprise.put("outstandingRecoveryOrder", false);
        enterprise.set("aidHistory", YAML.readTree("[ { id: a1, memberState: IT, regime: DE_MINIMIS, "
                + "grantDate: 2023-05-01, grossAmount: { amount: \"" + earlier + "\", currency: EUR } } ]"));
        ((ObjectNode) c.withArray("awards").get(0)).put("date", grantDate);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(c);
    }

    @Test
    void impactListsExactlyTheVerdictsThatMoveWhenTheDeMinimisCeilingChanges() throws IOException {
        Path baseline = AuthoringFixtures.copyFamilies(temp.resolve("baseline"), "state_aid");
        Path changed = AuthoringFixtures.copyFamilies(temp.resolve("changed"), "state_aid");
        AuthoringFixtures.replace(changed.resolve("state_aid/parameters/reg_2023_2831_de_minimis.yaml"),
                "value: \"300000.00\"", "value: \"250000.00\"");
        Path cases = temp.resolve("cases");
        Files.createDirectories(cases.resolve("sub"));
        // 230 000 + 50 000 = 280 000: within 300 000, over 250 000 -> moves
        Files.writeString(cases.resolve("moves.json"), deMinimisCase("230000.00", "2024-06-01"));
        // 150 000: within both; 310 000: over both (the figures change, the outcome does not)
        Files.writeString(cases.resolve("within-both.json"), deMinimisCase("100000.00", "2024-06-01"));
        Files.writeString(cases.resolve("sub/over-both.json"), deMinimisCase("260000.00", "2024-06-01"));
        // granted in 2023: Reg. 1407/2013 governs, its own ceiling (EUR 200 000) is unchanged
        Files.writeString(cases.resolve("sub/under-1407.json"), deMinimisCase("100000.00", "2023-06-01"));

        CliRun r = run("impact", "--baseline", baseline.toString(), "--rules", changed.toString(), cases.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.startsWith("CHANGED"))).containsExactly(
                "CHANGED  moves.json  AWARD w1: COMPLIANT -> NON_COMPLIANT");
        assertThat(r.out())
                .contains("  state_aid.de_minimis_2831.ceiling: PASS -> FAIL")
                .contains("    baseline: PASS")
                .contains("    rules   : FAIL -- ")
                .contains("figure: de minimis ceiling (Reg. 2023/2831) = 300000.00 EUR")
                .contains("figure: de minimis ceiling (Reg. 2023/2831) = 250000.00 EUR")
                .contains("figure: earlier aid + new aid = 280000.00 EUR")
                .contains("4 case files: 1 verdicts changed (1 change outcome), 0 invalid case files");
        assertThat(r.err()).isEmpty();

        CliRun same = run("impact", "--baseline", baseline.toString(), "--rules", baseline.toString(),
                cases.toString());
        assertThat(same.code()).isZero();
        assertThat(same.out()).contains("4 case files: 0 verdicts changed").doesNotContain("CHANGED");
    }

    @Test
    void onTheExamplesTheDeMinimisCeilingMovesExactlyTheAwardAtIt() throws IOException {
        // examples/state-aid: w-aurora reaches EUR 300 000 exactly under 2023/2831; w-borea is judged under 1407/2013
        // and the other examples have no State-aid call, so a ceiling of EUR 250 000 moves that one verdict only
        Path changed = temp.resolve("changed");
        AuthoringFixtures.copyTree(Path.of("rules"), changed);
        AuthoringFixtures.replace(changed.resolve("state_aid/parameters/reg_2023_2831_de_minimis.yaml"),
                "value: \"300000.00\"", "value: \"250000.00\"");

        CliRun r = run("impact", "--baseline", "rules", "--rules", changed.toString(), "examples");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.startsWith("CHANGED")).toList())
                .containsExactly("CHANGED  state-aid/case.json  AWARD w-aurora: COMPLIANT -> NON_COMPLIANT");
        assertThat(r.out()).contains("state_aid.de_minimis_2831.ceiling: PASS -> FAIL")
                .contains("skipped amulet/expected.json (an evaluation, not a case file)")
                .contains("3 case files: 1 verdicts changed (1 change outcome), 0 invalid case files");
    }

    @Test
    void impactReportsBadInput() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        Path broken = MiniFamily.write(temp.resolve("broken"), List.of(MiniFamily.ONE_CENT_OVER));
        AuthoringFixtures.replace(broken.resolve("mini/mini.drl"), "then", "thne");
        Path cases = Files.createDirectories(temp.resolve("cases"));
        Files.writeString(cases.resolve("bad.json"), "{ \"referenceDate\": \"2024-01-01\" }");

        assertThat(run("impact", "--rules", rules.toString(), cases.toString()).code()).isEqualTo(64);
        assertThat(run("impact", "--baseline", rules.toString()).code()).isEqualTo(64);
        CliRun badBaseline = run("impact", "--baseline", broken.toString(), "--rules", rules.toString(),
                cases.toString());
        assertThat(badBaseline.code()).isEqualTo(3);
        assertThat(badBaseline.err()).contains("the baseline rules do not load").containsPattern("mini/mini\\.drl:\\d+");
        CliRun invalid = run("impact", "--baseline", rules.toString(), "--rules", rules.toString(), cases.toString());
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("invalid case file bad.json");
        assertThat(run("impact", "--baseline", rules.toString(), "--rules", rules.toString(),
                temp.resolve("none").toString()).code()).isEqualTo(2);
    }
}
