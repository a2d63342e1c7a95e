package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import org.fundingrules.trace.Outcome;
import org.fundingrules.Replay;
import org.fundingrules.Replay.Change;
import org.fundingrules.Replay.CriterionChange;
import org.fundingrules.Replay.Digest;
import org.fundingrules.Replay.VerdictChange;
import org.fundingrules.ReplayFixtures;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Subject;
import org.fundingrules.trace.SubjectType;
import org.fundingrules.json.FundingJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay}: exit 0 identical, 1 differences (saying whether input or rules differ), 2 a bad file. */
class ReplayCommandTest {
    private static final String CASE = "examples/amulet/case.json";

    @TempDir
    Path temp;

    private Path verdict() throws IOException {
        return Files.write(temp.resolve("verdict.json"), ReplayFixtures.amuletVerdict());
    }

    @Test
    void aFreshAmuletVerdictReplaysIdentical() throws IOException {
        Path verdict = verdict();
        CliRun text = CliRun.run("replay", verdict.toString(), CASE);
        CliRun json = CliRun.run("replay", verdict.toString(), CASE, "--format", "json");

        assertThat(text.code()).as(text.err()).isEqualTo(0);
        assertThat(text.out()).startsWith("identical: the same input and the same rules reproduce the stored verdicts\n")
                .contains("input    same     sha256:").contains("rules    same     sha256:")
                .contains("reference date 2024-08-31");
        assertThat(json.code()).isEqualTo(0);
        JsonNode r = FundingJson.mapper().readTree(json.out());
        assertThat(r.path("identical").asBoolean()).isTrue();
        assertThat(r.path("verdicts").size()).isZero();
        // streamed to the output: the same bytes as the String form of the same replay
        assertThat(json.out()).isEqualTo(FundingJson.writeValue(org.fundingrules.TestCases.RULES.replay(
                Files.readAllBytes(verdict), Files.readAllBytes(Path.of(CASE)))));
    }

    /** The expected set is derived in {@code ReplayTest.aChangedParameterNamesExactlyTheCriteriaItChanges}. */
    @Test
    void aChangedParameterNamesTheRulesAndExactlyTheCriteriaItChanges() throws IOException {
        Path rules = ReplayFixtures.rulesWithSmeShare(temp, "0.76");
        CliRun run = CliRun.run("replay", verdict().toString(), CASE, "--rules", rules.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("differences found: the rules differ (the input is the same); 2 verdicts differ\n")
                .contains("input    same     sha256:").contains("rules    differ   then sha256:");
        assertThat(criterionLines(run.out())).containsExactly(
                "BUDGET actual: budget.sme_share: PASS -> FAIL",
                "BUDGET planned: budget.sme_share: PASS -> PASS");
        assertThat(run.out().lines().filter(l -> l.equals(
                "    parameter budget.sme_share.min: 0.75 ratio (from 2017-10-27) -> 0.76 ratio (from 2017-10-27)")))
                .hasSize(2);
        assertThat(run.out()).contains("    figure smallest fix: (none) -> 5920.00 EUR\n")
                .contains("    figure headroom: 131588.12 EUR -> 81609.30 EUR\n");
    }

    @Test
    void aChangedInputSaysTheInputDiffers() throws IOException {
        Path changed = Files.write(temp.resolve("case.json"), ReplayFixtures.amuletWithDemoAward("15500.00"));
        CliRun run = CliRun.run("replay", verdict().toString(), changed.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("differences found: the input differs (the rules are the same); ")
                .contains("input    differs  then sha256:").contains("rules    same     sha256:")
                .contains("THIRD_PARTY tp-it-lightcomp ($.thirdParties[?(@.id=='tp-it-lightcomp')]): "
                        + "NON_COMPLIANT -> COMPLIANT\n");
    }

    @Test
    void aMalformedVerdictFileIsAClearError() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.json"), "{\"verdicts\": [");
        CliRun malformed = CliRun.run("replay", bad.toString(), CASE);
        CliRun caseAsVerdict = CliRun.run("replay", CASE, CASE);
        CliRun missing = CliRun.run("replay", temp.resolve("none.json").toString(), CASE);
        CliRun usage = CliRun.run("replay", CASE);

        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.out()).isEmpty();
        assertThat(malformed.err()).startsWith("invalid verdict file " + bad + "; nothing was replayed:\n  $: ")
                .contains("[malformed_json]");
        assertThat(caseAsVerdict.code()).isEqualTo(2);
        assertThat(caseAsVerdict.err()).contains("this is a case file, not a verdict document");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("cannot read the verdict file ").endsWith(": no such file\n");
        assertThat(usage.code()).isEqualTo(Main.USAGE);
        assertThat(usage.err()).startsWith("Missing required parameter: '<case.json>'\nUsage: fundingrules replay ");
    }

    @Test
    void aVerdictWrittenByAnotherLibraryVersionStillReplaysIdentical() throws IOException {
        // the stored text edited, not read and written again: a rewrite would change how its numbers are written
        String stored = new String(ReplayFixtures.amuletVerdict(), java.nio.charset.StandardCharsets.UTF_8);
        String version = FundingJson.mapper().readTree(stored).get("libraryVersion").asText();
        String older = stored.replaceFirst("\"libraryVersion\"(\\s*):(\\s*)\"[^\"]*\"",
                "\"libraryVersion\"$1:$2\"0.0.1\"");
        assertThat(older).isNotEqualTo(stored);
        Path verdict = Files.writeString(temp.resolve("old.json"), older);

        CliRun run = CliRun.run("replay", verdict.toString(), CASE);

        assertThat(run.code()).as(run.err()).isEqualTo(Main.COMPLIANT);
        assertThat(run.out()).contains("\nlibrary  0.0.1 then, " + version + " now (a different library version alone"
                + " is not a difference)\nreference date 2024-08-31\n");
        assertThat(CliRun.run("replay", verdict().toString(), CASE).out())
                .contains("\nlibrary  " + version + " then, " + version + " now\nreference date 2024-08-31\n");
    }

    private static final Digest SAME_INPUT = Digest.of("sha256:in", "sha256:in");
    private static final Digest SAME_RULES = Digest.of("sha256:ru", "sha256:ru");

    private static Replay replay(Digest input, Digest rules, List<VerdictChange> verdicts, List<Change> others) {
        return new Replay(false, input, rules, "1.0", "1.0", LocalDate.of(2024, 8, 31), verdicts, others);
    }

    private static CriterionChange criterion(String ruleId, CriterionOutcome before, CriterionOutcome after,
                                             String reasonBefore, String reasonAfter, List<Change> figures,
                                             List<Change> parameters, List<Change> fields) {
        return new CriterionChange(ruleId, "statement of " + ruleId, before, after, reasonBefore, reasonAfter, figures,
                parameters, fields);
    }

    @Test
    void renderShowsAddedRemovedAndChangedVerdictsWithTheirCriteriaAndOtherFields() {
        VerdictChange added = new VerdictChange(new Subject(SubjectType.THIRD_PARTY, "tp1", "$.thirdParties[0]"), null,
                Outcome.COMPLIANT, List.of(criterion("a.added", null, CriterionOutcome.PASS, null, "",
                        List.of(), List.of(), List.of())), List.of());
        VerdictChange removed = new VerdictChange(new Subject(SubjectType.AWARD, "w1", "$.awards[0]"),
                Outcome.NON_COMPLIANT, null, List.of(criterion("b.removed", CriterionOutcome.FAIL, null, "over", null,
                        List.of(), List.of(), List.of())), List.of(new Change("summary", "old", "")));
        VerdictChange changed = new VerdictChange(new Subject(SubjectType.BUDGET, "actual", "$.budgetLines"),
                Outcome.COMPLIANT, Outcome.NON_COMPLIANT, List.of(
                        criterion("c.moved", CriterionOutcome.PASS, CriterionOutcome.FAIL, "", "too low",
                                List.of(new Change("headroom", "1.00 EUR", "2.00 EUR")),
                                List.of(new Change("p.min", "0.75 ratio", "0.76 ratio")),
                                List.of(new Change("statement", "a", null))),
                        criterion("d.same_reason", CriterionOutcome.PASS, CriterionOutcome.FAIL, "why", "why",
                                List.of(), List.of(), List.of())), List.of());

        String text = ReplayCommand.render(replay(Digest.of("sha256:in", "sha256:in2"), SAME_RULES,
                List.of(added, removed, changed), List.of(new Change("outcome", "COMPLIANT", "NON_COMPLIANT"))));

        assertThat(text).isEqualTo("""
                differences found: the input differs (the rules are the same); 3 verdicts differ
                input    differs  then sha256:in, now sha256:in2
                rules    same     sha256:ru
                library  1.0 then, 1.0 now
                reference date 2024-08-31

                ADDED    THIRD_PARTY tp1 ($.thirdParties[0]): (none) -> COMPLIANT
                  a.added: (none) -> PASS  (statement of a.added)

                REMOVED  AWARD w1 ($.awards[0]): NON_COMPLIANT -> (none)
                  summary: old -> (empty)
                  b.removed: FAIL -> (none)  (statement of b.removed)

                CHANGED  BUDGET actual ($.budgetLines): COMPLIANT -> NON_COMPLIANT
                  c.moved: PASS -> FAIL  (statement of c.moved)
                    reason: (empty)
                         -> too low
                    figure headroom: 1.00 EUR -> 2.00 EUR
                    parameter p.min: 0.75 ratio -> 0.76 ratio
                    statement: a -> (none)
                  d.same_reason: PASS -> FAIL  (statement of d.same_reason)

                outcome: COMPLIANT -> NON_COMPLIANT
                """);
    }

    @Test
    void renderSaysWhichOfInputAndRulesDiffer() {
        VerdictChange one = new VerdictChange(new Subject(SubjectType.ACTION, "A", "$.action"), Outcome.COMPLIANT,
                Outcome.UNDETERMINED, List.of(), List.of());

        assertThat(ReplayCommand.render(replay(Digest.of("sha256:in", "sha256:in2"), Digest.of("sha256:ru", "sha256:ru2"),
                List.of(one), List.of()))).startsWith(
                "differences found: both the input and the rules differ; 1 verdict differs\n"
                        + "input    differs  then sha256:in, now sha256:in2\n"
                        + "rules    differ   then sha256:ru, now sha256:ru2\n");
        assertThat(ReplayCommand.render(replay(SAME_INPUT, Digest.of("sha256:ru", "sha256:ru2"), List.of(one),
                List.of()))).startsWith("differences found: the rules differ (the input is the same); 1 verdict differs\n");
        // the same digests yet other verdicts: no verdict section ends with a blank line
        assertThat(ReplayCommand.render(replay(SAME_INPUT, SAME_RULES, List.of(one), List.of()))).isEqualTo("""
                differences found: the input and the rules are the same, yet the evaluation differs; 1 verdict differs
                input    same     sha256:in
                rules    same     sha256:ru
                library  1.0 then, 1.0 now
                reference date 2024-08-31

                CHANGED  ACTION A ($.action): COMPLIANT -> UNDETERMINED
                """);
    }

    /** "TYPE id: ruleId: before -> after" for each criterion line of the text output. */
    private static List<String> criterionLines(String out) {
        List<String> lines = new ArrayList<>();
        String verdict = null;
        for (String l : out.lines().toList()) {
            if (l.matches("^(CHANGED|ADDED|REMOVED) .*")) {
                String[] w = l.trim().split("\\s+");
                verdict = w[1] + " " + w[2];
            } else if (l.matches("^  [a-z_.0-9]+: (PASS|FAIL|UNDETERMINED|\\(none\\)) -> .*")) {
                lines.add(verdict + ": " + l.trim().replaceFirst("  \\(.*$", ""));
            }
        }
        return lines;
    }
}
