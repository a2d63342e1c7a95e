package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.ReplayFixtures;
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
        assertThat(missing.err()).startsWith("no such verdict file: ");
        assertThat(usage.code()).isEqualTo(Main.USAGE);
        assertThat(usage.err()).startsWith("replay needs a verdict file and a case file");
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
