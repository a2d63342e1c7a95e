package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundingrules.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fundingrules.ReplayFixtures;
import org.fundingrules.authoring.AuthoringFixtures;
import org.fundingrules.authoring.MiniFamily;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error and usage paths of every command, each with its exact exit code and its exact message on stderr (and
 * nothing on stdout): what a user who typed something wrong, or pointed at a bad file or folder, reads.
 */
class CommandErrorsTest {
    private static final String CASE = "examples/amulet/case.json";

    @TempDir
    Path temp;

    /** A mini rules folder whose DRL does not compile. */
    private Path broken;

    @BeforeEach
    void brokenRules() throws IOException {
        broken = MiniFamily.write(temp.resolve("broken"), List.of(MiniFamily.ONE_CENT_OVER));
        AuthoringFixtures.replace(broken.resolve("mini/mini.drl"), "then", "thne");
    }

    /** The usage of one command, as {@code help <command>} prints it: every usage error ends with it. */
    private static String usageOf(String command) {
        return run("help", command).out();
    }

    private static void usageError(CliRun r, String expectedErr) {
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).isEqualTo(expectedErr);
        assertThat(r.out()).isEmpty();
    }

    /** Exit 3; stderr is the heading, then the compile error of mini/mini.drl with its line, indented. */
    private static void rulesFail(CliRun r, String heading) {
        assertThat(r.code()).isEqualTo(Main.RULES_FAILED);
        assertThat(r.err()).startsWith(heading + "\n  ").containsPattern("\n  mini/mini\\.drl:\\d+");
        assertThat(r.out()).isEmpty();
    }

    private static void invalidInput(CliRun r, String expectedErr) {
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).isEqualTo(expectedErr);
        assertThat(r.out()).isEmpty();
    }

    // evaluate ---------------------------------------------------------------------------------------------------

    @Test
    void evaluateLangWithoutItsValueIsAUsageErrorFollowedByTheUsage() {
        usageError(run("evaluate", CASE, "--lang"), "Missing required parameter for option '--lang' (<code>)\n"
                + usageOf("evaluate"));
        usageError(run("evaluate", CASE, "--format", "xml"), "--format must be json or text, not 'xml'\n"
                + usageOf("evaluate"));
    }

    // the authoring commands' shared parsing (CommandLine) ------------------------------------------------------

    @Test
    void mutateUsageErrorsPrintTheMessageThenTheUsageLine() {
        usageError(run("mutate", "extra"), "Unmatched argument at index 1: 'extra'\n" + usageOf("mutate"));
        usageError(run("mutate", "--speed", "1"), "Unknown options: '--speed', '1'\n" + usageOf("mutate"));
        usageError(run("mutate", "--only"), "Missing required parameter for option '--only' (<family>)\n"
                + usageOf("mutate"));
        usageError(run("mutate", "--threads", "0"), "--threads needs a positive number\n" + usageOf("mutate"));
    }

    @Test
    void testWithoutAnyScenarioFileIsInvalidInput() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        Files.delete(rules.resolve("mini/scenarios/mini.yaml"));

        invalidInput(run("test", "--rules", rules.toString()),
                "no scenario file in the rules (<family>/scenarios/*.yaml)\n");
    }

    // batch ------------------------------------------------------------------------------------------------------

    private static String batchUsage(String message) {
        return message + "\n" + usageOf("batch");
    }

    @Test
    void batchOptionWithoutItsValueIsAUsageError() {
        usageError(run("batch", "x.jsonl", "--out"), batchUsage("Missing required parameter for option '--out' (<file>)"));
        usageError(run("batch", "x.jsonl", "--threads"),
                batchUsage("Missing required parameter for option '--threads' (<n>)"));
    }

    @Test
    void batchThreadsFromOneTo1024() {
        String missing = temp.resolve("none.jsonl").toString();
        // within the range the arguments are accepted: the missing input is what stops the run
        invalidInput(run("batch", missing, "--threads", "1"), "no such folder or file: " + missing + "\n");
        invalidInput(run("batch", missing, "--threads", "1024"), "no such folder or file: " + missing + "\n");
        usageError(run("batch", missing, "--threads", "1025"),
                batchUsage("--threads must be a whole number from 1 to 1024, not '1025'"));
        usageError(run("batch", missing, "--threads", "many"),
                batchUsage("Invalid value for option '--threads': 'many' is not an int"));
    }

    @Test
    void batchOnRulesThatDoNotLoadExitsThree() throws IOException {
        Path in = Files.writeString(temp.resolve("one.jsonl"), BatchCases.line(1) + "\n");

        rulesFail(run("batch", in.toString(), "--rules", broken.toString()),
                "the rules do not load; no verdict was produced:");
    }

    @Test
    void batchStopsWhenTheOutputFileCannotBeWritten() throws IOException {
        Path in = Files.writeString(temp.resolve("one.jsonl"), BatchCases.line(1) + "\n");
        Path out = temp.resolve("no-such-folder/results.jsonl");

        // says why, before any case is judged (it said "batch stopped after 0 cases: " and the path again)
        invalidInput(run("batch", in.toString(), "--out", out.toString()),
                "cannot write the results file " + out + ": no such folder\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void batchOutputFileThatIsAFolder() throws IOException {
        Path in = Files.writeString(temp.resolve("one.jsonl"), BatchCases.line(1) + "\n");
        invalidInput(run("batch", in.toString(), "--out", temp.toString()),
                "cannot write the results file " + temp + ": it is a folder, not a file\n");
    }

    // impact -----------------------------------------------------------------------------------------------------

    @Test
    void impactUsageAndInputErrors() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        Path none = temp.resolve("none");

        usageError(run("impact", "--baseline", rules.toString(), "--speed", none.toString()),
                "Unknown option: '--speed'\n" + usageOf("impact"));
        usageError(run("impact", none.toString()), "Missing required option: '--baseline=<rules dir>'\n"
                + usageOf("impact"));
        invalidInput(run("impact", "--baseline", rules.toString(), none.toString()),
                "no such folder of case files: " + none + "\n");
    }

    @Test
    void impactOnChangedRulesThatDoNotLoadExitsThree() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        Path cases = Files.createDirectories(temp.resolve("cases"));

        rulesFail(run("impact", "--baseline", rules.toString(), "--rules", broken.toString(), cases.toString()),
                "the rules do not load:");
    }

    @Test
    void impactOnACaseFileThatIsNotUtf8CannotReadTheCases() throws IOException {
        Path rules = MiniFamily.write(temp.resolve("rules"), List.of(MiniFamily.ONE_CENT_OVER));
        Path cases = Files.createDirectories(temp.resolve("cases"));
        Files.write(cases.resolve("latin1.json"), new byte[] {'{', (byte) 0xFF, '}'});

        // it said "cannot read the case files: Input length = 1"
        invalidInput(run("impact", "--baseline", rules.toString(), "--rules", rules.toString(), cases.toString()),
                "cannot read the case files in " + cases + ": a case file is not UTF-8 text\n");
    }

    /** A case file of impact's folder that cannot be read is named, with the reason in words. */
    @Test
    void impactNamesTheCaseFileItCannotRead() {
        Path cases = temp.resolve("cases");
        Path f = cases.resolve("a.json");
        assertThat(ImpactCommand.unreadable(cases, new java.nio.file.AccessDeniedException(f.toString())))
                .isEqualTo("cannot read the case file " + f + ": permission denied");
        assertThat(ImpactCommand.unreadable(cases, new java.nio.file.FileSystemException(f.toString(), null,
                "Input/output error"))).isEqualTo("cannot read the case file " + f + ": Input/output error");
    }

    // replay -----------------------------------------------------------------------------------------------------

    @Test
    void replayUsageErrors() {
        usageError(run("replay", "v.json", CASE, "--speed"), "Unknown option: '--speed'\n" + usageOf("replay"));
        usageError(run("replay", "v.json", CASE, "--format", "xml"),
                "--format must be text or json, not 'xml'\n" + usageOf("replay"));
        usageError(run("replay", "v.json", CASE, "extra"), "Unmatched argument at index 3: 'extra'\n"
                + usageOf("replay"));
        usageError(run("replay", "v.json"), "Missing required parameter: '<case.json>'\n" + usageOf("replay"));
    }

    @Test
    void replayOnRulesThatDoNotLoadExitsThree() throws IOException {
        Path verdict = Files.write(temp.resolve("verdict.json"), ReplayFixtures.amuletVerdict());

        rulesFail(run("replay", verdict.toString(), CASE, "--rules", broken.toString()), "the rules do not load:");
    }

    @Test
    void replayOfAnInvalidCaseFileNamesItsProblems() throws IOException {
        Path verdict = Files.write(temp.resolve("verdict.json"), ReplayFixtures.amuletVerdict());
        Path bad = Files.writeString(temp.resolve("bad.json"), "{\"referenceDate\":\"2024-01-01\"}");

        CliRun r = run("replay", verdict.toString(), bad.toString());

        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).startsWith("invalid case file " + bad + "; nothing was replayed:\n  ")
                .contains("$.action");
        assertThat(r.out()).isEmpty();
    }

    // report -----------------------------------------------------------------------------------------------------

    @Test
    void reportUsageErrorsSayWhatIsMissing() {
        String usage = usageOf("report");
        usageError(run("report", CASE), "Missing required option: '--html=<file>'\n" + usage);
        usageError(run("report", "--html", "x.html"), "Missing required parameter: '<case.json>'\n" + usage);
        usageError(run("report", CASE, "other.json", "--html", "x.html"),
                "Unmatched argument at index 2: 'other.json'\n" + usage);
        usageError(run("report", CASE, "--html"), "Missing required parameter for option '--html' (<file>)\n" + usage);
    }

    @Test
    void reportOfAMissingOrUnreadableCaseFile() throws IOException {
        Path html = temp.resolve("r.html");
        Path missing = temp.resolve("missing.json");
        Path folder = Files.createDirectories(temp.resolve("folder.json"));

        invalidInput(run("report", missing.toString(), "--html", html.toString()),
                "cannot read the case file " + missing + ": no such file\n");
        CliRun unreadable = run("report", folder.toString(), "--html", html.toString());
        assertThat(unreadable.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(unreadable.err()).isEqualTo("cannot read the case file " + folder + ": it is a folder, not a file\n");
        assertThat(html).doesNotExist();
    }

    @Test
    void reportOfAnInvalidCaseFileListsEachProblemWithItsCode() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.json"), "{\"referenceDate\":\"2024-01-01\"}");

        invalidInput(run("report", bad.toString(), "--html", temp.resolve("bad.html").toString()),
                "invalid case file " + bad + "; no report was written:\n  $.action: required: an object {...} [NotNull]\n");
    }

    @Test
    void reportOnRulesThatDoNotLoadExitsThree() {
        rulesFail(run("report", CASE, "--html", temp.resolve("r.html").toString(), "--rules", broken.toString()),
                "the rules do not load:");
        assertThat(temp.resolve("r.html")).doesNotExist();
    }

    @Test
    void reportThatCannotBeWrittenIsInvalidInput() {
        Path html = temp.resolve("no-such-folder/r.html");

        invalidInput(run("report", CASE, "--html", html.toString()), "cannot write the report " + html + ": " + html
                + "\n");
    }

    // lint -------------------------------------------------------------------------------------------------------

    @Test
    void lintUsageErrorsPrintTheMessageTheUsageLineAndTheLintHelp() {
        String usage = usageOf("lint");
        assertThat(usage).startsWith("Usage: fundingrules lint ").contains("--rules=<dir>");
        usageError(run("lint", "--rules"), "Missing required parameter for option '--rules' (<dir>)\n" + usage);
        usageError(run("lint", "extra"), "Unmatched argument at index 1: 'extra'\n" + usage);
        usageError(run("lint", "--rules", "rules", "--rules", "rules"),
                "option '--rules' (<dir>) should be specified only once\n" + usage);
    }

    @Test
    void lintOfAMissingFolderSaysTheFolderCannotBeRead() {
        CliRun r = run("lint", "--rules", temp.resolve("nowhere").toString());

        assertThat(r.code()).isEqualTo(LintCommand.UNREADABLE);
        assertThat(r.err()).startsWith("the rules folder cannot be read:\n  ").contains("nowhere");
    }

    @Test
    void lintCountsTheDrlFilesOfACleanFolder() throws IOException {
        long drl;
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            drl = walk.filter(p -> p.toString().endsWith(".drl")).count();
        }
        assertThat(drl).isGreaterThan(1);

        CliRun r = run("lint", "--rules", "rules");

        assertThat(r.code()).isEqualTo(LintCommand.CLEAN);
        assertThat(r.err()).isEqualTo("lint: rules clean (" + drl + " DRL files)\n");
        assertThat(r.out()).isEmpty();
    }
}
