package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fundingrules.json.FundingJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;

/**
 * The hostile-input corpus: each input ends in the documented invalid-input error with JSON paths (or, where it is
 * valid but strange, in a verdict), within a bounded time and allocation, never a stack trace, a hang or a partial
 * verdict. Inputs are built from examples/sme-group/case.json, so each differs from a valid case in one way.
 */
public class HostileInputTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final long MAX_ALLOCATED = 2L * 1024 * 1024 * 1024;

    /** What an input must end in: an error with this code at a path starting so, or a verdict (code null). */
    record Expect(String code, String pathPrefix) {
        static Expect verdict() {
            return new Expect(null, null);
        }
    }

    static byte[] base() throws Exception {
        return Files.readAllBytes(Path.of("examples/sme-group/case.json"));
    }

    static byte[] edit(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) PLAIN.readTree(base());
        change.accept(root);
        return PLAIN.writeValueAsBytes(root);
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode enterprise(String id) {
        ObjectNode e = PLAIN.createObjectNode();
        e.put("id", id).put("name", "Enterprise " + id).put("country", "IT").put("kind", "ENTERPRISE");
        return e;
    }

    static ObjectNode holding(String id, String holder, String held, int share) {
        ObjectNode h = PLAIN.createObjectNode();
        h.put("id", id).put("holderId", holder).put("heldId", held).put("capitalShare", share).put("votingShare", share);
        return h;
    }

    /** A ring of n enterprises, each holding 60 % of the next, the last holding the first. */
    static Consumer<ObjectNode> ring(int n) {
        return root -> {
            ArrayNode es = (ArrayNode) root.get("enterprises");
            ArrayNode hs = (ArrayNode) root.get("holdings");
            for (int i = 0; i < n; i++) {
                es.add(enterprise("r" + i));
                hs.add(holding("hr" + i, "r" + i, "r" + ((i + 1) % n), 60));
            }
        };
    }

    /** The corpus: (name, bytes, expectation); public because CaseSchemaTest replays it against the JSON Schema. */
    public static Stream<Arguments> corpus() throws Exception {
        List<Arguments> out = new ArrayList<>();
        String json = new String(base(), StandardCharsets.UTF_8);
        out.add(Arguments.of("truncated document", text(json.substring(0, json.length() / 2)),
                new Expect("malformed_json", "$")));
        out.add(Arguments.of("not JSON at all", text("<case/>"), new Expect("malformed_json", "$")));
        out.add(Arguments.of("empty input", new byte[0], new Expect("malformed_json", "$")));
        // found by fuzzing: Jackson's encoding detection read leading NUL bytes as UTF-32 and threw an IOException
        out.add(Arguments.of("NUL bytes read as UTF-32", text("\0".repeat(5) + ".<map value>" + "\0".repeat(23) + "{}"),
                new Expect("malformed_json", "$")));
        // read as UTF-16LE, this was the document {}
        out.add(Arguments.of("UTF-16-looking bytes that are UTF-8", text("{\0}\0"), new Expect("malformed_json", "$")));
        byte[] bom = new byte[base().length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(base(), 0, bom, 3, base().length);
        out.add(Arguments.of("UTF-8 byte-order mark (ignored)", bom, Expect.verdict()));
        byte[] bad = base().clone();
        int at = json.indexOf("Alpha");
        bad[at] = (byte) 0xFF;
        out.add(Arguments.of("invalid UTF-8 in a name", bad, new Expect("invalid_encoding", "$")));
        out.add(Arguments.of("duplicate key", text(json.replaceFirst("\"referenceDate\"",
                "\"referenceDate\": \"2024-01-01\", \"referenceDate\"")), new Expect("duplicate_key", "$")));
        out.add(Arguments.of("unknown property", edit(r -> r.put("surprise", 1)),
                new Expect("unknown_property", "$.surprise")));
        out.add(Arguments.of("wrong type", edit(r -> ((ObjectNode) r.get("action")).put("durationMonths", "long")),
                new Expect("wrong_type", "$.action.durationMonths")));
        out.add(Arguments.of("null in a required field", edit(r -> r.putNull("referenceDate")),
                new Expect(null, "$.referenceDate")));
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(5000)).append("]".repeat(5000));
        // refused at the first level that does not fit the case's shape, or by the depth limit: either way at once
        out.add(Arguments.of("nesting 5 000 deep", text("{\"notes\": " + deep + "}"), new Expect(null, "$")));
        out.add(Arguments.of("objects nested 5 000 deep", text("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)),
                new Expect(null, "$")));
        out.add(Arguments.of("a 30 MB string", edit(r -> r.put("notes", "x".repeat(30_000_000))),
                new Expect("limit_exceeded", "$")));
        out.add(Arguments.of("a number of 5 000 digits", text(json.replaceFirst("\"durationMonths\"\\s*:\\s*36",
                "\"durationMonths\": " + "9".repeat(5000))), new Expect("limit_exceeded", "$")));
        out.add(Arguments.of("NaN as a bare token", text(json.replaceFirst("\"durationMonths\"\\s*:\\s*36",
                "\"durationMonths\": NaN")), new Expect("malformed_json", "$")));
        out.add(Arguments.of("NaN as an amount", edit(r -> ((ObjectNode) r.get("action").get("totalCost"))
                .put("amount", "NaN")), new Expect(null, "$.action.totalCost")));
        out.add(Arguments.of("Infinity as an amount", edit(r -> ((ObjectNode) r.get("action").get("totalCost"))
                .put("amount", "Infinity")), new Expect(null, "$.action.totalCost")));
        out.add(Arguments.of("reference date in year 1", edit(r -> r.put("referenceDate", "0001-01-01")),
                Expect.verdict()));
        out.add(Arguments.of("award dated 9999-12-31", edit(r -> ((ObjectNode) r.get("awards").get(0))
                .put("date", "9999-12-31")), Expect.verdict()));
        out.add(Arguments.of("reference date in year 10000 (valid ISO 8601, strange)",
                edit(r -> r.put("referenceDate", "+10000-01-01")), Expect.verdict()));
        out.add(Arguments.of("unknown currency", edit(r -> ((ObjectNode) r.get("action").get("totalCost"))
                .put("currency", "ABC")), new Expect(null, "$.action.totalCost")));
        out.add(Arguments.of("negative award", edit(r -> ((ObjectNode) r.get("awards").get(0).get("amount"))
                .put("amount", "-1.00")), new Expect("negative_amount", "$.awards[0].amount")));
        out.add(Arguments.of("zero total cost", edit(r -> ((ObjectNode) r.get("action").get("totalCost"))
                .put("amount", "0.00")), new Expect("negative_amount", "$.action.totalCost")));
        out.add(Arguments.of("an enterprise holding itself", edit(r -> ((ArrayNode) r.get("holdings"))
                .add(holding("self", "alpha", "alpha", 10))), new Expect("self_holding", "$.holdings")));
        for (int n : new int[] {2, 3, 40}) {
            out.add(Arguments.of("ownership ring of " + n, edit(ring(n)), Expect.verdict()));
        }
        out.add(Arguments.of("ownership ring of 1 000", edit(ring(1000)), new Expect("structure_too_large", "$.holdings")));
        out.add(Arguments.of("holdings above 100 % (valid but strange: judged as given)", edit(r -> {
            ((ArrayNode) r.get("enterprises")).add(enterprise("gamma-holder"));
            ((ArrayNode) r.get("holdings")).add(holding("extra", "gamma-holder", "alpha", 60));
        }), Expect.verdict()));
        out.add(Arguments.of("ten thousand enterprises in one structure", edit(r -> {
            ArrayNode es = (ArrayNode) r.get("enterprises");
            ArrayNode hs = (ArrayNode) r.get("holdings");
            for (int i = 0; i < 10_000; i++) {
                es.add(enterprise("t" + i));
                hs.add(holding("ht" + i, "beta", "t" + i, 60));
            }
        }), new Expect("structure_too_large", "$.holdings")));
        out.add(Arguments.of("duplicate award id", edit(r -> ((ArrayNode) r.get("awards"))
                .add(r.get("awards").get(0).deepCopy())), new Expect("duplicate_id", "$.awards")));
        out.add(Arguments.of("dangling enterprise reference", edit(r -> ((ObjectNode) r.get("thirdParties").get(0))
                .put("enterpriseId", "nobody")), new Expect("unknown_reference", "$.thirdParties[0].enterpriseId")));
        out.add(Arguments.of("dangling call reference", edit(r -> ((ObjectNode) r.get("awards").get(0))
                .put("callId", "nowhere")), new Expect("unknown_reference", "$.awards[0].callId")));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void endsInTheDocumentedErrorOrAVerdictWithinBounds(String name, byte[] input, Expect expect) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            Evaluation result = null;
            InvalidCaseException error = null;
            try {
                result = TestCases.RULES.evaluate(FundingJson.readCase(input));
            } catch (InvalidCaseException e) {
                error = e;
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(allocated).as("bytes allocated").isLessThan(MAX_ALLOCATED);
            if (expect.code() == null && expect.pathPrefix() == null) {
                assertThat(error).as("%s", error == null ? "" : error.problems()).isNull();
                assertThat(result.verdicts()).isNotEmpty();
            } else {
                assertThat(result).as("no verdict beside an invalid input").isNull();
                assertThat(error).isNotNull();
                assertThat(error.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).startsWith("$"));
                assertThat(error.problems()).as("%s", error.problems()).anySatisfy(p -> {
                    if (expect.code() != null) {
                        assertThat(p.code()).isEqualTo(expect.code());
                    }
                    assertThat(p.path()).startsWith(expect.pathPrefix());
                });
            }
        });
    }
}
