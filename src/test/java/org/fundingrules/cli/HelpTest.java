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
    @ValueSource(strings = {"evaluate", "lint", "test", "coverage", "mutate", "impact", "batch", "replay", "report",
        "docs"})
    void eachCommandHasItsOwnHelpBothWays(String command) {
        CliRun asked = CliRun.run("help", command);
        CliRun flag = CliRun.run(command, "--help");
        assertThat(asked.code()).isZero();
        assertThat(flag.code()).isZero();
        assertThat(asked.err()).isEmpty();
        assertThat(flag.out()).isEqualTo(asked.out());
        assertThat(asked.out()).startsWith("Usage: fundingrules " + command + " ").contains("-h, --help");
        // its own usage only, not the list of commands
        assertThat(asked.out()).doesNotContain("Commands:");
    }

    @Test
    void batchHelpNamesItsOptions() {
        assertThat(CliRun.run("batch", "--help").out()).contains("--out=<file>").contains("--threads=<n>")
                .contains("--rules=<dir>").doesNotContain("--html");
    }

    @Test
    void mutateDatesIsDocumented() {
        assertThat(CliRun.run("help", "mutate").out()).contains("[--dates]")
                .contains("--dates           also move each parameter's validity date by one day");
    }

    @Test
    void versionEveryWay() {
        String expected = "fundingrules " + FundingRules.version() + "\n";
        assertThat(CliRun.run("--version").out()).isEqualTo(expected);
        assertThat(CliRun.run("-V").out()).isEqualTo(expected);
        assertThat(CliRun.run("version").out()).isEqualTo(expected);
        assertThat(CliRun.run("batch", "--version").out()).isEqualTo(expected);
        assertThat(CliRun.run("--version").code()).isZero();
    }

    @Test
    void helpAloneIsTheWholeUsage() {
        CliRun r = CliRun.run("help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(CliRun.run("--help").out()).contains("Commands:")
                .contains("  evaluate  Judge one case file").contains("70 an internal error").contains("--debug");
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        CliRun r = CliRun.run("help", "frobnicate");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("Unknown subcommand 'frobnicate'.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theSameUsageErrorShapeForEveryCommand() {
        String[][] calls = {{"evaluate", "c.json"}, {"lint"}, {"batch", "cases.jsonl"}, {"replay", "v.json", "c.json"},
            {"report", "c.json", "--html", "r.html"}, {"mutate"}, {"impact", "--baseline", "b", "cases"}};
        for (String[] call : calls) {
            String command = call[0];
            String[] args = java.util.Arrays.copyOf(call, call.length + 1);
            args[call.length] = "--no-such-option";
            CliRun r = CliRun.run(args);
            assertThat(r.code()).as(command).isEqualTo(Main.USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).as(command).startsWith("Unknown option: '--no-such-option'")
                    .contains("\nUsage: fundingrules " + command + " ");
        }
    }
}
