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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundingrules.authoring.AuthoringFixtures;
import org.fundingrules.authoring.MiniFamily;
import org.fundingrules.authoring.SurvivorReasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule author's commands (test, coverage, mutate, impact) through {@link Main#run}, on folders built here. */
@org.junit.jupiter.api.Tag("full")
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

    /**
     * The seconds a command printed (group 1 of {@code pattern}) lie between zero and the time the call took, with
     * the rounding to one decimal.
     */
    private static void secondsWithin(String printed, String pattern, long startNanos, long endNanos) {
        Matcher m = Pattern.compile(pattern).matcher(printed);
        assertThat(m.find()).as(printed).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isBetween(0.0, (endNanos - startNanos) / 1e9 + 0.05);
    }

    /** A mini rule that fires only for an action with a topic no case has. */
    private static final String UNREACHED_RULE = """

            rule "Mini: a rule no scenario reaches"
                @ruleId("mini.unreached")
                @source("h2020_general_annex_k")
                @article("General Annex K")
                @validFrom("2014-01-01")
            when
                $a : ActionFact( topic == "no such topic" )
            then
                Judge.on(kcontext, $a).statement("never").holds($a.topicProvidesFstp() != null, null);
            end
            """;

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

    /** tp1 over the maximum, tp2 within; the scenario expects an ACTION verdict, which the mini rules never give. */
    private static final String NO_ACTION_VERDICT_TP1_OVER = """
              - name: no action verdict, tp1 over
                source: "tp1 EUR 60 000.01, tp2 EUR 100.00"
                case:
                  awards:
                    - { id: w1, callId: callA, thirdPartyId: tp1, amount: { amount: "60000.01", currency: EUR }, date: 2022-06-01, activityType: study }
                    - { id: w2, callId: callA, thirdPartyId: tp2, amount: { amount: "100.00", currency: EUR }, date: 2022-06-01, activityType: study }
                expect:
                  ACTION: { outcome: COMPLIANT }
                  THIRD_PARTY tp2: { outcome: COMPLIANT }
            """;

    /** Every verdict compliant; the scenario expects an ACTION verdict. */
    private static final String NO_ACTION_VERDICT_ALL_WITHIN = """
              - name: no action verdict, all within
                source: "tp1 and tp2 EUR 100.00"
                case:
                  awards:
                    - { id: w1, callId: callA, thirdPartyId: tp1, amount: { amount: "100.00", currency: EUR }, date: 2022-06-01, activityType: study }
                    - { id: w2, callId: callA, thirdPartyId: tp2, amount: { amount: "100.00", currency: EUR }, date: 2022-06-01, activityType: study }
                expect:
                  ACTION: { outcome: COMPLIANT }
            """;

    /**
     * Mini rules that judge the action, the call and each award compliant (without them their verdicts are
     * undetermined), so that only the third parties' verdicts can be other than compliant.
     */
    private static final String COMPLIANT_RULES = """

            import org.fundingrules.facts.OpenCallFact;

            rule "Mini: the action is judged"
                @ruleId("mini.action")
                @source("h2020_general_annex_k")
                @article("General Annex K")
                @validFrom("2014-01-01")
            when
                $a : ActionFact()
            then
                Judge.on(kcontext, $a).statement("mini.cap.statement").holds(true, null);
            end

            rule "Mini: the call is judged"
                @ruleId("mini.call")
                @source("h2020_general_annex_k")
                @article("General Annex K")
                @validFrom("2014-01-01")
            when
                $c : OpenCallFact()
            then
                Judge.on(kcontext, $c).statement("mini.cap.statement").holds(true, null);
            end

            rule "Mini: each award is judged"
                @ruleId("mini.award")
                @source("h2020_general_annex_k")
                @article("General Annex K")
                @validFrom("2014-01-01")
            when
                $w : AwardFact()
            then
                Judge.on(kcontext, $w).statement("mini.cap.statement").holds(true, null);
            end
            """;

    @Test
    void aFailureWithoutAVerdictForItsSubjectTracesTheVerdictsThatAreNotCompliant() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(NO_ACTION_VERDICT_TP1_OVER,
                NO_ACTION_VERDICT_ALL_WITHIN, MiniFamily.ONE_CENT_OVER));
        Files.writeString(rules.resolve("mini/mini.drl"), MiniFamily.DRL.replace("import org.fundingrules.facts"
                + ".Parameter;", "import org.fundingrules.facts.OpenCallFact;\nimport org.fundingrules.facts.Parameter;")
                + COMPLIANT_RULES);

        long start = System.nanoTime();
        CliRun r = run("test", "--rules", rules.toString());
        long end = System.nanoTime();

        assertThat(r.code()).isEqualTo(Main.NOT_COMPLIANT);
        String file = "mini  mini/scenarios/mini.yaml  ";
        List<String> lines = r.out().lines().toList();
        // the ACTION key has no id: it names the subject "ACTION" with an empty id
        assertThat(lines.subList(0, 4)).as(r.out()).containsExactly(
                "FAIL  " + file + "no action verdict, tp1 over",
                "      source: tp1 EUR 60 000.01, tp2 EUR 100.00",
                "      - ACTION: no verdict for this subject",
                "      trace:");
        // no verdict for ACTION: the trace is that of every verdict not compliant, tp1 alone (tp2 matched)
        assertThat(lines.get(4)).startsWith("        NON_COMPLIANT  THIRD_PARTY tp1  -- ");
        assertThat(r.out()).doesNotContain("THIRD_PARTY tp2");
        assertThat(r.out().lines().filter(l -> l.startsWith("        ") && l.contains("  -- "))).as(r.out())
                .singleElement().asString().startsWith("        NON_COMPLIANT  THIRD_PARTY tp1  -- ");
        // every verdict compliant: nothing to trace, no trace heading
        assertThat(r.out()).contains("\nFAIL  " + file + "no action verdict, all within\n"
                + "      source: tp1 and tp2 EUR 100.00\n"
                + "      - ACTION: no verdict for this subject\n"
                + "PASS  " + file + "one cent over the maximum fails\n");
        assertThat(r.out()).containsPattern("\n3 scenarios: 1 passed, 2 failed \\(\\d+\\.\\d s\\)\n$");
        secondsWithin(r.out(), "failed \\((\\d+\\.\\d) s\\)", start, end);
        assertThat(r.err()).isEmpty();
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
    void coverageCountsRulesBranchesAndFailingScenariosExactly() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.AT_THE_MAXIMUM));
        Files.writeString(rules.resolve("mini/mini.drl"), MiniFamily.DRL + UNREACHED_RULE);

        CliRun r = run("coverage", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(Main.NOT_COMPLIANT);
        assertThat(r.out()).isEqualTo("""
                COVERED  mini.cap  mini/mini.drl  fired (derives facts)
                PARTIAL  mini.cap_per_third_party  mini/mini.drl  PASS+ FAIL/UNDETERMINED-
                NEVER    mini.unreached  mini/mini.drl  PASS- FAIL/UNDETERMINED-

                never exercised (no scenario makes them fire):
                  mini.unreached  (mini/mini.drl: Mini: a rule no scenario reaches)

                branches never exercised:
                  mini.cap_per_third_party  never FAIL/UNDETERMINED  (mini/mini.drl)

                3 rule ids: 2 exercised, 1 never; 2 produce criteria: 1 of 4 branches exercised; 1 scenarios (0 failing)
                """);
        assertThat(r.err()).isEmpty();

        // a maximum one cent lower: the scenario at the maximum now fails
        AuthoringFixtures.replace(rules.resolve("mini/parameters/mini.yaml"), "\"60000.00\"", "\"59999.99\"");
        CliRun failing = run("coverage", "--rules", rules.toString());

        assertThat(failing.code()).isEqualTo(Main.NOT_COMPLIANT);
        assertThat(failing.out()).endsWith("; 1 scenarios (1 failing)\n");
        assertThat(failing.err()).isEqualTo("1 scenario(s) fail: run 'fundingrules test' for the differences\n");
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
        assertThat(r.out()).containsPattern("4 mutants: 3 killed, 1 survived, 0 do not load; \\d+\\.\\d s on 2 thread");
        assertThat(r.err()).contains("mutate: 4 mutants (2 parameter values, 0 validity dates, 2 comparisons)")
                .contains("mutate: 4/4 mutants, 1 survived");
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
                .containsPattern("4 mutants of family mini: 4 killed, 0 survived, 0 do not load; .* on 1 thread")
                .doesNotContain("written reason");
    }

    /** A value no rule reads, for survivors: the key, value and validity start given. */
    private static String unreadParameter(String key, String value, String validFrom) {
        return key + """
                :
                  label: a value no rule reads
                  description: Read by no rule, so every move of it survives.
                  unit: EUR
                  values:
                    - value: "%s"
                      validFrom: %s
                      source: h2020_general_annex_k
                      article: "General Annex K, 5th element"
                """.formatted(value, validFrom);
    }

    /**
     * Survivors in two parameter files: mini/parameters/a-extra.yaml (its value far down the file, after a long
     * comment) and mini/parameters/mini.yaml (two parameters); reasons for three mutants that do not exist.
     */
    private Path survivorsInTwoFiles() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        Files.writeString(rules.resolve("mini/parameters/mini.yaml"), MiniFamily.PARAMETERS
                + unreadParameter("mini.unread_b", "5.00", "2015-01-01"));
        Files.writeString(rules.resolve("mini/parameters/a-extra.yaml"), ("# a comment long enough to put the value"
                + " below every offset of mini.yaml\n").repeat(12) + unreadParameter("mini.unread_c", "7.00",
                "2016-01-01"));
        Files.writeString(rules.resolve("mini/" + SurvivorReasons.FILE), """
                # Surviving mutants

                | where | change | occurrence | why |
                |---|---|---|---|
                | mini.max_per_third_party | `1.00` -> `2.00` | 1 | no such value |
                | mini.max_per_third_party validFrom | `2000-01-01` -> `1999-12-31` | 1 | no such date |
                | mini.max_per_third_party validUntil | `2000-01-01` -> `1999-12-31` | 1 | no such date |
                """);
        return rules;
    }

    @Test
    void survivorsAreListedByFileThenPositionAndDateReasonsAreStaleOnlyWithDates() throws IOException {
        Path rules = survivorsInTwoFiles();

        long start = System.nanoTime();
        CliRun r = run("mutate", "--rules", rules.toString(), "--threads", "1");
        long end = System.nanoTime();

        assertThat(r.code()).isEqualTo(Main.NOT_COMPLIANT);
        // a-extra.yaml before mini.yaml, though its offsets are the larger
        assertThat(r.out().lines().filter(l -> l.startsWith("SURVIVED") || l.startsWith("STALE")))
                .as(r.out()).containsExactly(
                "SURVIVED  mini/parameters/a-extra.yaml:18:15  mini.unread_c 7.00 -> 7.01  [occurrence 1]",
                "SURVIVED  mini/parameters/a-extra.yaml:18:15  mini.unread_c 7.00 -> 6.99  [occurrence 1]",
                "SURVIVED  mini/parameters/mini.yaml:6:15  mini.max_per_third_party 60000.00 -> 59999.99  [occurrence 1]",
                "SURVIVED  mini/parameters/mini.yaml:15:15  mini.unread_b 5.00 -> 5.01  [occurrence 1]",
                "SURVIVED  mini/parameters/mini.yaml:15:15  mini.unread_b 5.00 -> 4.99  [occurrence 1]",
                // without --dates only the reason for a value is stale: the dates were not moved
                "STALE     mini/surviving-mutants.md:5  mini | mini.max_per_third_party | 1.00 -> 2.00 | 1: "
                        + "no such mutant in the rules");
        assertThat(r.out()).contains("0 of 5 survivors have a written reason (surviving-mutants.md); "
                + "1 reasons are stale\n");
        secondsWithin(r.out(), "do not load; (\\d+\\.\\d) s on 1 thread", start, end);

        CliRun dates = run("mutate", "--rules", rules.toString(), "--threads", "1", "--dates");

        assertThat(dates.code()).isEqualTo(Main.NOT_COMPLIANT);
        // in mini.yaml by position: each value, then its validity start, though every value is moved first
        assertThat(dates.out().lines().filter(l -> l.startsWith("SURVIVED  mini/parameters/mini.yaml"))
                .map(l -> l.replaceFirst("  \\[occurrence 1\\]$", ""))).as(dates.out()).containsExactly(
                "SURVIVED  mini/parameters/mini.yaml:6:15  mini.max_per_third_party 60000.00 -> 59999.99",
                "SURVIVED  mini/parameters/mini.yaml:7:18  mini.max_per_third_party validFrom 2014-01-01 -> 2013-12-31",
                "SURVIVED  mini/parameters/mini.yaml:7:18  mini.max_per_third_party validFrom 2014-01-01 -> 2014-01-02",
                "SURVIVED  mini/parameters/mini.yaml:15:15  mini.unread_b 5.00 -> 5.01",
                "SURVIVED  mini/parameters/mini.yaml:15:15  mini.unread_b 5.00 -> 4.99",
                "SURVIVED  mini/parameters/mini.yaml:16:18  mini.unread_b validFrom 2015-01-01 -> 2014-12-31",
                "SURVIVED  mini/parameters/mini.yaml:16:18  mini.unread_b validFrom 2015-01-01 -> 2015-01-02");
        assertThat(dates.out().lines().filter(l -> l.startsWith("STALE")).map(l -> l.substring(0, 38)))
                .containsExactlyInAnyOrder("STALE     mini/surviving-mutants.md:5 ",
                        "STALE     mini/surviving-mutants.md:6 ", "STALE     mini/surviving-mutants.md:7 ");
    }

    @Test
    void mutateProgressLines() {
        assertThat(MutateCommand.progress(2, 5, 1, 4_000))
                .isEqualTo("mutate: 2/5 mutants, 1 survived, 4 s elapsed, about 6 s left");
        assertThat(MutateCommand.progress(0, 5, 0, 0))
                .isEqualTo("mutate: 0/5 mutants, 0 survived, 0 s elapsed, about 0 s left");
        assertThat(MutateCommand.progress(5, 5, 2, 12_345))
                .isEqualTo("mutate: 5/5 mutants, 2 survived, 12 s elapsed, about 0 s left");
    }

    @Test
    void mutateProgressIsDueAtTheEndOrMoreThanFiveSecondsAfterTheLastLine() {
        long last = 1_000_000_000_000L;
        assertThat(MutateCommand.progressDue(5, 5, last, last)).isTrue();
        assertThat(MutateCommand.progressDue(4, 5, last + 5_000_000_000L, last)).isFalse();
        assertThat(MutateCommand.progressDue(4, 5, last + 5_000_000_001L, last)).isTrue();
        assertThat(MutateCommand.progressDue(4, 5, last + 1_000_000_000L, last)).isFalse();
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
        assertThat(r.err()).contains("6 mutants (2 parameter values, 2 validity dates, 2 comparisons)");
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

    /** A mini rule that gives every third party one more criterion, which always passes. */
    private static final String EXTRA_RULE = """

            rule "Mini: every third party is named"
                @ruleId("mini.named")
                @source("h2020_general_annex_k")
                @article("General Annex K")
                @validFrom("2014-01-01")
            when
                $tp : ThirdPartyFact()
            then
                Judge.on(kcontext, $tp).statement("mini.named.statement").holds(true, null);
            end
            """;

    @Test
    void impactTracesEachCriterionOnBothSidesAndCountsTheOutcomesThatMove() throws IOException {
        Path baseline = MiniFamily.write(temp.resolve("baseline"), List.of(MiniFamily.ONE_CENT_OVER));
        Path changed = MiniFamily.write(temp.resolve("changed"), List.of(MiniFamily.ONE_CENT_OVER));
        AuthoringFixtures.replace(changed.resolve("mini/parameters/mini.yaml"), "\"60000.00\"", "\"61000.00\"");
        Files.writeString(changed.resolve("mini/mini.drl"), MiniFamily.DRL + EXTRA_RULE);
        Files.writeString(changed.resolve("mini/messages.properties"), MiniFamily.MESSAGES
                + "mini.named.statement=The third party is named\n");
        Path cases = Files.createDirectories(temp.resolve("cases"));
        // case 7: tp-7-0 is awarded EUR 61 000.00, tp-7-1 less than EUR 60 000
        Files.writeString(cases.resolve("case7.json"), org.fundingrules.json.FundingJson.writeValue(
                BatchCases.caseFile(7)));

        CliRun r = run("impact", "--baseline", baseline.toString(), "--rules", changed.toString(), cases.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Main.NOT_COMPLIANT);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).as(r.out())
                .startsWith("baseline sha256:")
                .containsPattern("^baseline sha256:[0-9a-f]{64} \\(" + Pattern.quote(baseline.toString()) + "\\)\n"
                        + "rules    sha256:[0-9a-f]{64} \\(" + Pattern.quote(changed.toString()) + "\\)\n\n"
                        + "CHANGED  case7.json  THIRD_PARTY tp-7-0: NON_COMPLIANT -> COMPLIANT\n")
                .contains("\n  mini.cap_per_third_party: FAIL -> PASS  (The support to this third party does not "
                        + "exceed the maximum)\n    baseline: FAIL -- ")
                .contains("\n      test: EUR 61 000.00 <= EUR 60 000.00\n")
                .contains("\n      parameter: mini.max_per_third_party = 60000.00 EUR (from 2014-01-01)\n"
                        + "    rules   : PASS\n"
                        + "      test: EUR 61 000.00 <= EUR 61 000.00\n")
                .contains("\n      parameter: mini.max_per_third_party = 61000.00 EUR (from 2014-01-01)\n"
                        + "  mini.named: (none) -> PASS  (The third party is named)\n"
                        + "    baseline: not applied\n"
                        + "    rules   : PASS\n"
                        + "\nCHANGED  case7.json  THIRD_PARTY tp-7-1: COMPLIANT -> COMPLIANT\n")
                // the criterion without a comparison has no test line
                .doesNotContain("rules   : PASS\n      test: EUR 11")
                .endsWith("\n1 case files: 2 verdicts changed (1 change outcome), 0 invalid case files\n");
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
                .contains("4 case files: 1 verdicts changed (1 change outcome), 0 invalid case files");
    }

    @Test
    void impactReportsBadInput() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        Path broken = MiniFamily.write(temp.resolve("broken"), List.of(MiniFamily.ONE_CENT_OVER));
        AuthoringFixtures.replace(broken.resolve("mini/mini.drl"), "then", "thne");
        Path cases = Files.createDirectories(temp.resolve("cases"));
        Files.writeString(cases.resolve("bad.json"), "{ \"referenceDate\": \"2024-01-01\" }");
        Files.writeString(cases.resolve("notes.json"), "not JSON at all");   // read as a case, not skipped

        assertThat(run("impact", "--rules", rules.toString(), cases.toString()).code()).isEqualTo(64);
        assertThat(run("impact", "--baseline", rules.toString()).code()).isEqualTo(64);
        CliRun badBaseline = run("impact", "--baseline", broken.toString(), "--rules", rules.toString(),
                cases.toString());
        assertThat(badBaseline.code()).isEqualTo(3);
        assertThat(badBaseline.err()).contains("the baseline rules do not load").containsPattern("mini/mini\\.drl:\\d+");
        CliRun invalid = run("impact", "--baseline", rules.toString(), "--rules", rules.toString(), cases.toString());
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("invalid case file bad.json: $.action: required: an object {...}")
                .contains("invalid case file notes.json: $: the document is not well-formed JSON: unrecognized word 'not'");
        assertThat(run("impact", "--baseline", rules.toString(), "--rules", rules.toString(),
                temp.resolve("none").toString()).code()).isEqualTo(2);
    }
}
