package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code evaluate}'s plain arguments, read without picocli, must be what picocli reads from them: whenever the plain
 * reading takes a command line, picocli parses it without error into the same case file, format, language and rules
 * folder, and the format is one the command accepts. Everything else is left to picocli.
 */
class EvaluateArgsProperties {
    /** Tokens a command line of evaluate is made of, the odd ones included. */
    private static final List<String> TOKENS = List.of("c.json", "d.json", "--format", "json", "text", "xml",
            "--lang", "fr", "en", "--rules", "rules", "--format=text", "--lang=fr", "--rules=r", "--format=",
            "-h", "--help", "-V", "--", "@args.txt", "", "-", "--debug", "--formats", "x=y", "a b.json");

    @Test
    void whatThePlainReadingTakesPicocliReadsTheSameWay() {
        int[] taken = {0};
        qt().withExamples(4_000).forAll(lists().of(integers().between(0, TOKENS.size() - 1)).ofSizeBetween(0, 6))
                .checkAssert(picks -> {
                    List<String> args = new ArrayList<>(List.of("evaluate"));
                    picks.forEach(i -> args.add(TOKENS.get(i)));
                    Optional<EvaluateArgs> plain = EvaluateArgs.plain(args);
                    if (plain.isEmpty()) {
                        return;
                    }
                    taken[0]++;
                    Cli.Evaluate parsed = picocli(args);
                    assertThat(plain.get()).as("%s", args).isEqualTo(
                            new EvaluateArgs(parsed.input, parsed.format, parsed.lang, parsed.rules));
                    assertThat(parsed.format).isIn("json", "text");
                });
        assertThat(taken[0]).as("command lines the plain reading took").isGreaterThan(200);
    }

    @Test
    void theCommonFormsAreTakenAndTheOthersLeftToPicocli() {
        assertThat(EvaluateArgs.plain(List.of("evaluate", "c.json", "--format", "text", "--lang", "fr"))).isPresent();
        assertThat(EvaluateArgs.plain(List.of("evaluate", "--rules=rules", "c.json"))).isPresent();
        for (List<String> other : List.of(List.of("evaluate"), List.of("evaluate", "c.json", "--format", "xml"),
                List.of("evaluate", "c.json", "--lang", "fr", "--lang", "en"), List.of("evaluate", "--help"),
                List.of("evaluate", "c.json", "d.json"), List.of("evaluate", "--", "c.json"),
                List.of("evaluate", "@args.txt"), List.of("evaluate", "c.json", "--format"),
                List.of("lint"), List.of("evaluate", "c.json", "--rules", "-x"))) {
            assertThat(EvaluateArgs.plain(other)).as("%s", other).isEmpty();
        }
    }

    @Test
    void theSameBytesAndExitCodeAsThroughPicocli() {
        String amulet = "examples/amulet/case.json";
        CliRun plain = CliRun.run("evaluate", amulet, "--format", "text");
        CliRun picocli = CliRun.run("evaluate", "--format", "text", "--", amulet);   // "--" is left to picocli
        assertThat(plain.code()).isEqualTo(1);
        assertThat(plain).isEqualTo(picocli);
        assertThat(CliRun.run("evaluate", "examples/minimal/case.json"))
                .isEqualTo(CliRun.run("evaluate", "--", "examples/minimal/case.json"));
        assertThat(CliRun.run("evaluate", "no-such-case.json")).isEqualTo(CliRun.run("evaluate", "--",
                "no-such-case.json"));
    }

    private static Cli.Evaluate picocli(List<String> args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine.ParseResult r = Cli.commandLine(sink, sink).parseArgs(args.toArray(String[]::new));
        return (Cli.Evaluate) r.subcommand().commandSpec().userObject();
    }
}
