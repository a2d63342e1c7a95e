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
import org.fundingrules.Evaluation;
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
    void apiEvaluatesInInputOrderAndAnInvalidCaseNeverStopsTheBatch() {
        List<CaseFile> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(BatchCases.caseFile(i));
        }
        CaseFile small = cases.get(5);
        cases.set(5, new CaseFile(null, small.action(), small.beneficiaries(), small.openCalls(),
                small.thirdParties(), small.awards(), small.exchangeRates(), small.enterprises(), small.holdings(),
                small.jointGroups(), small.adjacentMarkets(), small.budgetLines(), small.notes()));
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
