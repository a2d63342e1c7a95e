package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.fundingrules.FundingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Help per command and the version (issue 16: every command's --help printed the same global help; help and
 * --version were unknown commands; mutate --dates was undocumented).
 */
class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "lint", "test", "coverage", "mutate", "impact", "batch", "replay", "report"})
    void eachCommandHasItsOwnHelpBothWays(String command) {
        CliRun asked = CliRun.run("help", command);
        CliRun flag = CliRun.run(command, "--help");
        assertThat(asked.code()).isZero();
        assertThat(asked.err()).isEmpty();
        assertThat(flag.out()).isEqualTo(asked.out());
        assertThat(asked.out()).startsWith("usage: fundingrules " + command + " ")
                .contains("\n  " + command + " ")
                .hasLineCount((int) asked.out().lines().count());
        // its own part only: no other command's synopsis or description
        for (String other : new String[] {"evaluate", "lint", "coverage", "impact", "batch", "replay", "report"}) {
            if (!other.equals(command)) {
                assertThat(asked.out()).doesNotContain("fundingrules " + other + " ").doesNotContain("\n  " + other + " ");
            }
        }
    }

    @Test
    void batchHelpNamesItsOptions() {
        assertThat(CliRun.run("batch", "--help").out()).contains("--out").contains("--threads").contains("--rules")
                .doesNotContain("--html");
    }

    @Test
    void mutateDatesIsDocumented() {
        assertThat(CliRun.run("help", "mutate").out()).contains("[--dates]").contains("--dates    also move");
        assertThat(CliRun.run("--help").out()).contains("--dates");
    }

    @Test
    void versionBothWays() {
        String expected = "fundingrules " + FundingRules.version() + "\n";
        assertThat(CliRun.run("--version").out()).isEqualTo(expected);
        assertThat(CliRun.run("version").out()).isEqualTo(expected);
        assertThat(CliRun.run("--version").code()).isZero();
    }

    @Test
    void helpAloneIsTheWholeUsage() {
        CliRun r = CliRun.run("help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(CliRun.run("--help").out()).contains("exit codes:").contains("70 an internal error");
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        CliRun r = CliRun.run("help", "frobnicate");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("unknown command 'frobnicate'\n");
        assertThat(r.out()).isEmpty();
    }
}
