package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * README, docs/cli.md and the CLI agree (issue 16, issue 19): README's table of commands lists every command the
 * picocli model has and no other; docs/cli.md has a section for every command naming each of its options, and the
 * exit codes the global help lists are the ones README and docs/cli.md list; the completion script offers every
 * command. Read from the model, so a new command or option fails here until the documents name it.
 */
class ReadmeAgreesWithHelpTest {
    private static final PrintStream NOWHERE = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    private static final Path README = Path.of("README.md");
    private static final Path CLI_DOC = Path.of("docs/cli.md");

    private static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** The commands of the first table of README's section "Command line": the first word of each row. */
    private static List<String> readmeTable() throws Exception {
        String readme = read(README);
        int section = readme.indexOf("\n## Command line\n");
        assertThat(section).as("README has a section \"Command line\"").isPositive();
        List<String> commands = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme.substring(section).lines().skip(2).toList()) {
            if (line.startsWith("|")) {
                inTable = true;
                Matcher m = Pattern.compile("^\\| `([a-z]+)[ `]").matcher(line);
                if (m.find()) {
                    commands.add(m.group(1));
                }
            } else if (inTable) {
                break;
            }
        }
        return commands;
    }

    @Test
    void theReadmeTableListsEveryCommandOnce() throws Exception {
        CommandLine cl = Cli.commandLine(NOWHERE, NOWHERE);
        assertThat(cl.getSubcommands()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(readmeTable()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(cl.getSubcommands().keySet());
    }

    /** docs/cli.md: a section per command ("## name" or "### name"), naming every option of the command in it. */
    @Test
    void theCliDocumentHasASectionForEveryCommandWithEachOfItsOptions() throws Exception {
        String doc = read(CLI_DOC);
        CommandLine cl = Cli.commandLine(NOWHERE, NOWHERE);
        int options = 0;
        for (var e : cl.getSubcommands().entrySet()) {
            String name = e.getKey();
            Matcher heading = Pattern.compile("(?m)^#{2,3} (?:" + name + "\\b|.*\\b" + name + " and |.* and " + name
                    + "$)").matcher(doc);
            assertThat(heading.find()).as("a section of docs/cli.md for %s", name).isTrue();
            Matcher next = Pattern.compile("(?m)^#{2,3} ").matcher(doc);
            String section = next.find(heading.end()) ? doc.substring(heading.start(), next.start())
                    : doc.substring(heading.start());
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) {
                    continue;   // -h/--help and -V/--version, on every command alike
                }
                assertThat(section).as("option %s in the section of %s", o.longestName(), name)
                        .containsPattern(Pattern.quote(o.longestName()) + "\\b");
                options++;
            }
        }
        assertThat(options).isGreaterThanOrEqualTo(20);
        assertThat(doc).contains("`--debug`").contains("fundingrules --version").contains("fundingrules help batch")
                .contains("fundingrules batch --help");
    }

    /** The exit codes of the global help ("0 every verdict compliant, ..., 70 an internal error") are README's. */
    @Test
    void theExitCodesOfTheHelpAreTheDocuments() throws Exception {
        // without the parentheses' asides, whose commas are not between codes
        String help = CliRun.run("--help").out().replaceAll("\\s+", " ").replaceAll(" \\([^)]*\\)", "");
        Matcher codes = Pattern.compile("Exit codes: (.*?)\\. ").matcher(help);
        assertThat(codes.find()).as(help).isTrue();
        for (Path doc : List.of(README, CLI_DOC)) {
            String text = read(doc).replaceAll("\\s+", " ");
            int n = 0;
            for (String entry : codes.group(1).split(", ")) {
                // the number and its meaning as the help words it
                assertThat(text).as("exit code %s in %s", entry, doc).contains(entry);
                n++;
            }
            assertThat(n).isEqualTo(6);
        }
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
