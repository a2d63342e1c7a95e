package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through {@link Main#run}: exit codes, what goes to stdout and what to stderr. */
class MainTest {
    private static final String EXAMPLE = "examples/amulet/case.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** What one run produced. */
    record Result(int code, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private static ObjectNode example() throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(Path.of(EXAMPLE)));
    }

    private static ObjectNode award(ObjectNode root, String id) {
        for (JsonNode a : root.withArray("awards")) {
            if (a.get("id").asText().equals(id)) {
                return (ObjectNode) a;
            }
        }
        throw new AssertionError("no award " + id);
    }

    // ---------------------------------------------------------------------------------------------------------
    // evaluate
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void theExampleIsNonCompliantAndPrintedAsJson() throws IOException {
        Result r = run("evaluate", EXAMPLE);

        assertThat(r.code()).isEqualTo(Main.NOT_COMPLIANT).isEqualTo(1);
        assertThat(r.out()).contains("NON_COMPLIANT").contains("fstp.cap_per_third_party");
        JsonNode evaluation = JSON.readTree(r.stdout());
        assertThat(evaluation.get("outcome").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(evaluation.get("referenceDate").asText()).isEqualTo("2024-08-31");
        assertThat(evaluation.get("ruleSetDigest").asText()).matches("sha256:[0-9a-f]{64}");
        List<String> failing = new ArrayList<>();
        for (JsonNode v : evaluation.get("verdicts")) {
            if (v.get("outcome").asText().equals("NON_COMPLIANT")) {
                failing.add(v.get("subject").get("type").asText() + " " + v.get("subject").get("id").asText());
            }
        }
        assertThat(failing).containsExactly("THIRD_PARTY tp-it-lightcomp");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void theTextFormatStatesTheExcess() {
        Result r = run("evaluate", EXAMPLE, "--format", "text");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .startsWith("fundingrules ")
                .contains("overall: NON_COMPLIANT")
                .contains("EUR 4 500.00 over")
                .contains("tp-it-lightcomp")
                .contains("NON_COMPLIANT  THIRD_PARTY tp-it-lightcomp");
    }

    @Test
    void aCompliantCaseExitsZero() throws IOException {
        ObjectNode root = example();
        ((ObjectNode) award(root, "aw-oc2-p01-lightcomp-fs").get("amount")).put("amount", "25000.00");
        Path file = write("compliant.json", JSON.writeValueAsString(root));

        Result r = run("evaluate", file.toString());

        assertThat(r.code()).isEqualTo(Main.COMPLIANT).isZero();
        assertThat(JSON.readTree(r.stdout()).get("outcome").asText()).isEqualTo("COMPLIANT");
        assertThat(r.out()).doesNotContain("NON_COMPLIANT");
    }

    @Test
    void anInvalidCaseExitsTwoWithEveryProblemOnStderrAndNothingOnStdout() throws IOException {
        ObjectNode root = example();
        ((ObjectNode) root.withArray("awards").get(2).get("amount")).put("amount", "-1.00");
        ((ObjectNode) root.withArray("awards").get(3)).put("callId", "nope");
        Path file = write("invalid.json", JSON.writeValueAsString(root));

        Result r = run("evaluate", file.toString());

        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr())
                .contains("no verdict was produced")
                .contains("$.awards[2].amount.amount: must not be negative [negative_amount]")
                .contains("$.awards[3].callId: no open call has id 'nope' [unknown_reference]");
    }

    @Test
    void aMalformedCaseExitsTwoWithThePathAndNothingOnStdout() throws IOException {
        String text = Files.readString(Path.of(EXAMPLE));
        Path file = write("truncated.json", text.substring(0, text.indexOf("\"thirdParties\"") + 20));

        Result r = run("evaluate", file.toString(), "--format", "text");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("  $.thirdParties").contains("[malformed_json]");
    }

    @Test
    void brokenRulesExitThreeNamingTheFileAndTheLine() throws IOException {
        Path rules = temp.resolve("rules");
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path drl = rules.resolve("fstp/h2020_annex_k_fstp.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("\nwhen\n", "\nwhn\n"));

        Result r = run("evaluate", EXAMPLE, "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(Main.RULES_FAILED).isEqualTo(3);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("the rules do not load").containsPattern("fstp/h2020_annex_k_fstp\\.drl:\\d+");
    }

    @Test
    void aMissingCaseFileExitsTwo() {
        Result r = run("evaluate", temp.resolve("missing.json").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("cannot read the case file " + temp.resolve("missing.json") + ": no such file\n");
    }

    @Test
    void evaluatingTwiceGivesByteIdenticalOutput() {
        Result first = run("evaluate", EXAMPLE);
        Result second = run("evaluate", EXAMPLE);

        assertThat(first.code()).isEqualTo(1);
        assertThat(second.code()).isEqualTo(1);
        assertThat(first.stdout()).isNotEmpty().isEqualTo(second.stdout());
    }

    // ---------------------------------------------------------------------------------------------------------
    // usage
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void noArgumentsIsAUsageError() {
        Result r = run();

        assertThat(r.code()).isEqualTo(Main.USAGE).isEqualTo(64);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).startsWith("Usage: fundingrules [-hV] [COMMAND]").contains("  evaluate  Judge one case");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Result r = run("judge", EXAMPLE);

        assertThat(r.code()).isEqualTo(64);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).startsWith("unknown command 'judge'\nUsage: fundingrules [-hV] [COMMAND]");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Result r = run("evaluate", EXAMPLE, "--format", "xml");

        assertThat(r.code()).isEqualTo(64);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("'xml'");
    }

    @Test
    void otherUsageErrors() {
        assertThat(run("evaluate").code()).isEqualTo(64);
        assertThat(run("evaluate", EXAMPLE, "--format").code()).isEqualTo(64);
        assertThat(run("evaluate", EXAMPLE, "--rules").code()).isEqualTo(64);
        assertThat(run("evaluate", EXAMPLE, "--verbose").code()).isEqualTo(64);
        assertThat(run("evaluate", EXAMPLE, EXAMPLE).code()).isEqualTo(64);
    }

    @Test
    void aLanguageTheRulesDoNotHaveIsAUsageError() {
        Result r = run("evaluate", EXAMPLE, "--format", "text", "--lang", "de");

        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("--lang must be one of en, fr, not 'de'\n" + run("help", "evaluate").out());
    }

    @Test
    void helpAndVersionExitZero() {
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: fundingrules [-hV] [COMMAND]").contains("  evaluate  Judge one case");

        Result version = run("version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("fundingrules ").endsWith(System.lineSeparator());
    }
}
