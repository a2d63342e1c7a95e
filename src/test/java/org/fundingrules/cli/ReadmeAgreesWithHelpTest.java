package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * README and the CLI agree (issue 16): every command and every option the picocli model has is in README.md, and the
 * exit codes the global help lists are the ones README lists; the completion script offers every command. Read from
 * the model, so a new command or option fails here until README names it.
 */
class ReadmeAgreesWithHelpTest {
    private static final PrintStream NOWHERE = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandAndOptionIsInTheReadme() throws Exception {
        String readme = readme();
        CommandLine cl = Cli.commandLine(NOWHERE, NOWHERE);
        assertThat(cl.getSubcommands()).hasSizeGreaterThanOrEqualTo(11);
        cl.getSubcommands().forEach((name, sub) -> {
            assertThat(readme).as("command %s", name).containsPattern("(`|fundingrules |\\.jar )" + name + "[ `]");
            for (OptionSpec o : sub.getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) {
                    continue;   // -h/--help and -V/--version, on every command alike
                }
                assertThat(readme).as("option %s of %s", o.longestName(), name).contains(o.longestName());
            }
        });
        assertThat(readme).contains("`--debug`").contains("fundingrules --version").contains("fundingrules help batch")
                .contains("fundingrules batch --help");
    }

    /** The exit codes of the global help ("0 every verdict compliant, ..., 70 an internal error") are README's. */
    @Test
    void theExitCodesOfTheHelpAreTheReadmes() throws Exception {
        // without the parentheses' asides, whose commas are not between codes
        String help = CliRun.run("--help").out().replaceAll("\\s+", " ").replaceAll(" \\([^)]*\\)", "");
        String readme = readme().replaceAll("\\s+", " ");
        Matcher codes = Pattern.compile("Exit codes: (.*?)\\. ").matcher(help);
        assertThat(codes.find()).as(help).isTrue();
        int n = 0;
        for (String entry : codes.group(1).split(", ")) {
            String code = entry.substring(0, entry.indexOf(' '));
            // README words each code its own way around them; the number and the first two words of its meaning
            String[] words = entry.substring(entry.indexOf(' ') + 1).split(" ");
            String gist = words[0] + " " + words[1];
            assertThat(readme).as("exit code %s (%s)", code, entry).contains(code + " " + gist);
            n++;
        }
        assertThat(n).isEqualTo(6);
        assertThat(codes.group(1)).contains("70 an internal error");
    }

    /** The bash completion picocli generates from this model (as the build does, in-process) offers every command. */
    @Test
    void theCompletionScriptOffersEveryCommand() {
        CommandLine cl = Cli.commandLine(NOWHERE, NOWHERE);
        String script = picocli.AutoComplete.bash("fundingrules", cl);
        assertThat(script).contains("complete -F _complete_fundingrules");
        for (String command : cl.getSubcommands().keySet()) {
            assertThat(script).as(command).containsPattern("\\b" + command + "\\b");
        }
        assertThat(script).contains("--dates").contains("--baseline").contains("--html");
    }
}
