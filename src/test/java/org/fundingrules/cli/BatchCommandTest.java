package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundingrules.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.Batch;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.TestCases;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command and the batch API: every case counted, results in input order, invalid cases as results. */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void jsonLinesFileEveryCaseCountedInOrderInvalidLinesReported() throws IOException {
        Path in = temp.resolve("cases.jsonl");
        int n = 300;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(BatchCases.line(i));
        }
        lines.set(17, "{not json");
        lines.set(42, lines.get(42).replace("\"referenceDate\":\"2023-06-30\",", ""));
        lines.add(100, "");                                  // a blank line is skipped, not a case
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = temp.resolve("results.jsonl");

        CliRun r = run("batch", in.toString(), "--out", out.toString(), "--threads", "3");

        assertThat(r.code()).as(r.err()).isEqualTo(BatchCommand.INVALID_INPUT);
        assertThat(r.out()).contains("cases: 300\n").contains("INVALID: 2\n").contains("NON_COMPLIANT: ")
                .contains("rate: ");
        assertThat(r.err()).doesNotContain("\r");   // no progress bar: not a terminal
        List<String> results = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(results).hasSize(n);
        long compliant = 0;
        long nonCompliant = 0;
        for (int i = 0; i < n; i++) {
            JsonNode line = JSON.readTree(results.get(i));
            assertThat(line.get("index").asLong()).isEqualTo(i);
            int lineNo = i < 100 ? i + 1 : i + 2;
            assertThat(line.get("source").asText()).isEqualTo("cases.jsonl:" + lineNo);
            String outcome = line.get("outcome").asText();
            if (i == 17 || i == 42) {
                assertThat(outcome).isEqualTo("INVALID");
                assertThat(line.get("problems").size()).isPositive();
                continue;
            }
            assertThat(line.get("evaluation").get("outcome").asText()).isEqualTo(outcome);
            compliant += outcome.equals("COMPLIANT") ? 1 : 0;
            nonCompliant += outcome.equals("NON_COMPLIANT") ? 1 : 0;
        }
        assertThat(r.out()).contains("COMPLIANT: " + compliant + "\n").contains("NON_COMPLIANT: " + nonCompliant + "\n");
        assertThat(results.get(42)).contains("\"path\":\"$.referenceDate\"");
    }

    @Test
    void aLineIsTheSameEvaluationAsTheEvaluateCommandGives() throws IOException {
        Path in = temp.resolve("one.jsonl");
        Files.writeString(in, BatchCases.line(7) + "\n");
        CliRun r = run("batch", in.toString());
        assertThat(r.code()).isEqualTo(BatchCommand.NOT_ALL_COMPLIANT);
        assertThat(r.err()).contains("cases: 1\n");
        Evaluation direct = TestCases.RULES.evaluate(BatchCases.caseFile(7));
        JsonNode line = JSON.readTree(r.out());
        assertThat(line.get("evaluation")).isEqualTo(JSON.readTree(FundingJson.write(direct)));
    }

    /**
     * A line's bytes are the compact JSON of the evaluation, written as UTF-8 straight from the generator: names
     * beyond ASCII (a letter with a caron, a character outside the BMP, a right-to-left override) come out as they
     * went in, byte for byte; and the evaluation's bytes are those of {@code FundingRules.toJsonLine}.
     */
    @Test
    void aLineIsTheCompactJsonOfTheEvaluationInUtf8() throws IOException {
        String name = "Jo\u017eef \uD83D\uDE00 \u202Eevil";
        String json = BatchCases.line(1).replace("\"Company tp-1-0\"", "\"" + name + "\"");
        assertThat(json).contains(name);
        Path in = Files.write(temp.resolve("utf8.jsonl"), (json + "\n").getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int code;
        try (java.io.PrintStream o = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
             java.io.PrintStream e = new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true,
                     StandardCharsets.UTF_8)) {
            code = Main.run(new String[] {"batch", in.toString()}, o, e);
        }
        Evaluation direct = TestCases.RULES.evaluateJson(json);
        String expected = "{\"index\":0,\"source\":\"utf8.jsonl:1\",\"outcome\":\"" + direct.outcome()
                + "\",\"evaluation\":" + org.fundingrules.FundingRules.toJsonLine(direct) + "}\n";
        assertThat(code).isIn(0, 1);
        assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(expected).contains(name);
    }

    @Test
    void folderOfCaseFiles() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("cases"));
        Files.copy(TestCases.AMULET, folder.resolve("a-amulet.json"));
        Files.writeString(folder.resolve("b-small.json"), FundingJson.writeValue(BatchCases.caseFile(1)));
        Files.writeString(folder.resolve("c-broken.json"), "[]");
        Files.writeString(folder.resolve("notes.txt"), "not a case");
        CliRun r = run("batch", folder.toString(), "--threads", "2");
        assertThat(r.code()).isEqualTo(BatchCommand.INVALID_INPUT);
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("{\"index\":0,\"source\":\"a-amulet.json\",\"outcome\":\"NON_COMPLIANT\"");
        assertThat(lines[1]).startsWith("{\"index\":1,\"source\":\"b-small.json\",\"outcome\":\"COMPLIANT\"");
        assertThat(lines[2]).startsWith("{\"index\":2,\"source\":\"c-broken.json\",\"outcome\":\"INVALID\"");
        assertThat(r.err()).contains("cases: 3\n").contains("INVALID: 1\n");
    }

    @Test
    void usageAndMissingInput() {
        assertThat(run("batch").code()).isEqualTo(BatchCommand.USAGE);
        assertThat(run("batch", "x.jsonl", "--threads", "0").code()).isEqualTo(BatchCommand.USAGE);
        assertThat(run("batch", "x.jsonl", "--speed").code()).isEqualTo(BatchCommand.USAGE);
        CliRun missing = run("batch", temp.resolve("none.jsonl").toString());
        assertThat(missing.code()).isEqualTo(BatchCommand.INVALID_INPUT);
        assertThat(missing.err()).contains("no such folder or file");
    }

    @Test
    void progressLine() {
        assertThat(BatchCommand.Progress.line(500, 1000, 2_000_000_000L))
                .isEqualTo("[###############...............] 500/1000 cases  250.0/s  0:02 left");
        assertThat(BatchCommand.Progress.line(500, -1, 2_000_000_000L)).isEqualTo("500 cases  250.0/s  0:02");
    }

    @Test
    void progressLineAtItsBoundaries() {
        // nothing to count yet: no bar, no division by the total
        assertThat(BatchCommand.Progress.line(0, 0, 1_000_000_000L)).isEqualTo("0 cases  0.0/s  0:01");
        // nothing done yet: the time elapsed, not a time left
        assertThat(BatchCommand.Progress.line(0, 10, 61_000_000_000L))
                .isEqualTo("[..............................] 0/10 cases  0.0/s  1:01");
        // all done: the time elapsed, not "0:00 left"
        assertThat(BatchCommand.Progress.line(10, 10, 2_000_000_000L))
                .isEqualTo("[##############################] 10/10 cases  5.0/s  0:02");
    }

    /** The progress bar's updates on a stream, as a terminal would receive them. */
    private static String updates(java.util.function.Consumer<BatchCommand.Progress> calls) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream err = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            calls.accept(new BatchCommand.Progress(err, 100));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void progressRedrawsAtMostEveryTwoHundredMillisecondsUnlessForced() {
        String printed = updates(p -> {
            p.update(1, 1_000_000_000L, false);   // the first update always draws
            p.update(2, 1_100_000_000L, false);   // 100 ms later: skipped
            p.update(3, 1_200_000_000L, false);   // 200 ms after the last drawn: drawn
            p.update(4, 1_300_000_000L, true);    // forced
            p.finish();
        });

        assertThat(printed).isEqualTo("\r" + BatchCommand.Progress.line(1, 100, 1_000_000_000L) + "\u001b[K"
                + "\r" + BatchCommand.Progress.line(3, 100, 1_200_000_000L) + "\u001b[K"
                + "\r" + BatchCommand.Progress.line(4, 100, 1_300_000_000L) + "\u001b[K"
                + "\n");
    }

    @Test
    void summaryCountsEachOutcomeThenTimeAndRate() {
        java.util.Map<org.fundingrules.trace.Outcome, Long> outcomes = new java.util.EnumMap<>(org.fundingrules.trace.Outcome.class);
        outcomes.put(org.fundingrules.trace.Outcome.COMPLIANT, 2L);
        outcomes.put(org.fundingrules.trace.Outcome.NON_COMPLIANT, 1L);
        outcomes.put(org.fundingrules.trace.Outcome.UNDETERMINED, 0L);
        Batch.Summary summary = new Batch.Summary(4, 1, outcomes, java.time.Duration.ofMillis(2500), 3);

        assertThat(BatchCommand.summary(summary)).isEqualTo("""
                cases: 4
                COMPLIANT: 2
                NON_COMPLIANT: 1
                UNDETERMINED: 0
                INVALID: 1
                time: 2.500 s
                rate: %s cases/s (3 threads)
                """.formatted(summary.rate().toPlainString()));
        assertThat(summary.rate().toPlainString()).isEqualTo("1.6");
    }

    /** Issue 16: a pretty-printed case given as JSON Lines printed 81 lines of Jackson's "Cannot construct instance". */
    @Test
    void aCaseWrittenOverSeveralLinesIsNotJsonLinesAndSaysSoOnce() throws IOException {
        Path in = temp.resolve("amulet.jsonl");
        Files.copy(Path.of("examples/amulet/case.json"), in);
        CliRun r = run("batch", in.toString());
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(in + " is not JSON Lines: its first case does not end on its first line (a case "
                + "written over several lines?). Give one case per line, or give a single case file to evaluate, or "
                + "put case files in a folder for batch\n");
    }

    @Test
    void aMalformedFirstLineIsStillThatLinesProblem() throws IOException {
        Path in = temp.resolve("bad.jsonl");
        Files.writeString(in, "{\"referenceDate\": }\n" + BatchCases.line(1) + "\n");
        CliRun r = run("batch", in.toString());
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("\"outcome\":\"INVALID\"")
                .contains("malformed_json");
    }

    /** A batch run as on a terminal: the progress bar drawn on stderr. */
    private static CliRun onTerminal(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code;
        try (java.io.PrintStream o = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
             java.io.PrintStream e = new java.io.PrintStream(err, true, StandardCharsets.UTF_8)) {
            Cli.Batch.terminal = true;
            try {
                String[] all = new String[args.length + 1];
                all[0] = "batch";
                System.arraycopy(args, 0, all, 1, args.length);
                code = Main.run(all, o, e);
            } finally {
                Cli.Batch.terminal = null;
            }
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onATerminalTheBarCountsTheNonBlankLinesAndEndsWithANewLine() throws IOException {
        Path in = temp.resolve("one.jsonl");
        Files.writeString(in, BatchCases.line(1) + "\n\n");
        Path out = temp.resolve("results.jsonl");

        CliRun r = onTerminal(in.toString(), "--out", out.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(BatchCommand.ALL_COMPLIANT);
        assertThat(Files.readAllLines(out)).hasSize(1);
        assertThat(r.out()).startsWith("cases: 1\n");
        // drawn twice, whatever the time taken: at the first case (the first update always draws) and at the end
        // (forced); the total is 1, the blank line is not a case; the bar's line ends before the summary
        assertThat(r.err()).matches("(\r\\[#{30}\\] 1/1 cases  \\d+\\.\\d/s  \\d+:\\d\\d\u001b\\[K){2}\n");
    }

    /**
     * A line that is not UTF-8 is that case's problem, invalid_encoding as for evaluate, and the batch goes on (it
     * stopped the batch with "java.nio.charset.MalformedInputException: Input length = 1").
     */
    @Test
    void aLineThatIsNotUtf8IsThatCasesProblem() throws IOException {
        Path in = temp.resolve("latin1.jsonl");
        Files.write(in, new byte[] {'{', (byte) 0xFF, '}', '\n'});
        Files.write(in, (BatchCases.line(1) + "\n").getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);

        for (CliRun r : List.of(run("batch", in.toString()), onTerminal(in.toString()))) {
            assertThat(r.code()).as(r.err()).isEqualTo(BatchCommand.INVALID_INPUT);
            List<String> lines = r.out().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith("{\"index\":0,\"source\":\"latin1.jsonl:1\",\"outcome\":\"INVALID\"")
                    .contains("\"code\":\"invalid_encoding\"");
            assertThat(lines.get(1)).startsWith("{\"index\":1,\"source\":\"latin1.jsonl:2\",\"outcome\":\"COMPLIANT\"");
            assertThat(r.err()).contains("cases: 2\n").contains("INVALID: 1\n").doesNotContain("Exception");
        }
    }

    /** Lines end at \n, \r\n or \r; blank lines (spaces, a tab, an em space) are skipped but counted in the line numbers. */
    @Test
    void lineEndsAndBlankLines() throws IOException {
        Path in = temp.resolve("mixed.jsonl");
        Files.writeString(in, BatchCases.line(1) + "\r\n \t\r\n" + BatchCases.line(2) + "\r\u2003\n"
                + BatchCases.line(3));   // no line end at the end
        CliRun r = run("batch", in.toString());
        List<String> sources = r.out().lines()
                .map(l -> l.replaceAll("^\\{\"index\":\\d+,\"source\":\"([^\"]*)\".*", "$1")).toList();
        assertThat(sources).containsExactly("mixed.jsonl:1", "mixed.jsonl:3", "mixed.jsonl:5");
        assertThat(r.out()).doesNotContain("INVALID");
    }

    /** The output file that cannot be created is said before any case is judged, with no bar drawn. */
    @Test
    void onATerminalAnOutputFileThatCannotBeCreatedIsSaidFirst() throws IOException {
        Path in = Files.writeString(temp.resolve("one.jsonl"), BatchCases.line(1) + "\n");
        Path out = temp.resolve("no-such-folder/results.jsonl");

        CliRun r = onTerminal(in.toString(), "--out", out.toString());

        assertThat(r.code()).isEqualTo(BatchCommand.INVALID_INPUT);
        assertThat(r.err()).isEqualTo("cannot write the results file " + out + ": no such folder\n");
    }

    @Test
    void apiEvaluatesInInputOrderAndAnInvalidCaseNeverStopsTheBatch() {
        List<CaseFile> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(BatchCases.caseFile(i));
        }
        CaseFile small = cases.get(5);
        cases.set(5, small.toBuilder().referenceDate(null).build());
        List<Batch.Result> results = new ArrayList<>();
        Batch.Summary summary = TestCases.RULES.evaluateAll(cases.stream(), 4, results::add);
        assertThat(summary.cases()).isEqualTo(40);
        assertThat(summary.invalid()).isEqualTo(1);
        assertThat(summary.outcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(39);
        assertThat(results).extracting(Batch.Result::index).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, 40).boxed().toList());
        assertThat(results.get(5).valid()).isFalse();
        assertThat(results.get(5).outcome()).isEqualTo(Batch.INVALID);
        assertThat(results.get(5).problems()).extracting(p -> p.path()).contains("$.referenceDate");
        assertThat(results.get(6).evaluation()).isEqualTo(TestCases.RULES.evaluate(cases.get(6)));

        List<Batch.Result> fromJson = new ArrayList<>();
        Batch.Summary s2 = TestCases.RULES.evaluateAllJson(
                java.util.stream.Stream.of(BatchCases.line(1), "{", BatchCases.line(2)), 2, fromJson::add);
        assertThat(s2.cases()).isEqualTo(3);
        assertThat(s2.invalid()).isEqualTo(1);
        assertThat(fromJson.get(1).problems()).isNotEmpty();
        assertThat(fromJson.get(2).evaluation()).isEqualTo(TestCases.RULES.evaluate(BatchCases.caseFile(2)));
    }
}
