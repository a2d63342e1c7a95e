package org.fundingrules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.TestCases;
import org.fundingrules.model.CaseFile;
import org.fundingrules.json.FundingJson;

/**
 * Coverage-guided fuzzing of the JSON reader and of the whole evaluation. The only exception allowed out is the
 * documented {@link InvalidCaseException}, carrying at least one problem, each at a JSON path starting with "$"; a
 * case that is read must evaluate to at least one verdict.
 *
 * <p>Without {@code JAZZER_FUZZ} (plain {@code mvn verify}) each method replays its committed inputs under
 * {@code src/test/resources/org/fundingrules/fuzz/CaseFuzzTestInputs/<method>/}. With {@code JAZZER_FUZZ=1} one
 * method is fuzzed for {@code maxDuration}; see docs/testing.md, section Fuzzing.
 */
public class CaseFuzzTest {
    private static final RuleSet RULES = TestCases.RULES;
    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** examples/sme-group/case.json, read once: the valid case that {@link #evaluation} mutates. */
    private static final JsonNode BASE = read("examples/sme-group/case.json");
    /** At most this many edits per input: keeps each execution to one small case. */
    private static final int MAX_EDITS = 8;
    /** Longest fuzzed string put into the case. */
    private static final int MAX_STRING = 40;

    private static JsonNode read(String path) {
        try {
            return PLAIN.readTree(Files.readAllBytes(Path.of(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Raw bytes into the reader. */
    @FuzzTest(maxDuration = "5m")
    void readCase(byte[] input) {
        try {
            CaseFile parsed = FundingJson.readCase(input);
            assertThat(parsed).isNotNull();
        } catch (InvalidCaseException e) {
            checkProblems(e);
        }
    }

    /** A valid case edited in up to eight places (values, removals, copies, dates, amounts), read and evaluated. */
    @FuzzTest(maxDuration = "5m")
    void evaluation(FuzzedDataProvider data) throws IOException {
        byte[] input = PLAIN.writeValueAsBytes(mutate(data));
        Evaluation evaluation;
        try {
            evaluation = RULES.evaluate(FundingJson.readCase(input));
        } catch (InvalidCaseException e) {
            checkProblems(e);
            return;
        }
        assertThat(evaluation.verdicts()).isNotEmpty();
    }

    private static void checkProblems(InvalidCaseException e) {
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("$"));
    }

    /** The edited case; public because CaseSchemaTest replays the committed inputs against the JSON Schema. */
    public static JsonNode mutate(FuzzedDataProvider data) {
        JsonNode root = BASE.deepCopy();
        int edits = data.consumeInt(0, MAX_EDITS);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collectContainers(root, containers);
            JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
            edit(target, root, data);
        }
        return root;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (JsonNode child : node) {
                collectContainers(child, out);
            }
        }
    }

    private static void edit(JsonNode target, JsonNode root, FuzzedDataProvider data) {
        int op = data.consumeInt(0, 3);
        if (target.isObject()) {
            ObjectNode object = (ObjectNode) target;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() || data.consumeInt(0, 9) == 0
                    ? data.consumeAsciiString(MAX_STRING) : names.get(data.consumeInt(0, names.size() - 1));
            switch (op) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, copyOfSomeValue(root, data));
                default -> object.set(name, scalar(data));
            }
        } else {
            ArrayNode array = (ArrayNode) target;
            switch (op) {
                case 0 -> {
                    if (!array.isEmpty()) {
                        array.remove(data.consumeInt(0, array.size() - 1));
                    }
                }
                case 1 -> {
                    // copy of an element (duplicate ids, extra holdings), capped so structures stay small
                    if (!array.isEmpty() && array.size() < 64) {
                        array.add(array.get(data.consumeInt(0, array.size() - 1)).deepCopy());
                    }
                }
                default -> {
                    if (array.isEmpty()) {
                        array.add(scalar(data));
                    } else {
                        array.set(data.consumeInt(0, array.size() - 1), scalar(data));
                    }
                }
            }
        }
    }

    /** Some value found elsewhere in the case (an id, a date, an amount object), copied. */
    private static JsonNode copyOfSomeValue(JsonNode root, FuzzedDataProvider data) {
        List<JsonNode> all = new ArrayList<>();
        collectAll(root, all);
        return all.get(data.consumeInt(0, all.size() - 1)).deepCopy();
    }

    private static void collectAll(JsonNode node, List<JsonNode> out) {
        out.add(node);
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collectAll(it.next(), out);
        }
    }

    /** A fuzzed scalar of the kinds a case holds: text, integer, decimal text, date text, boolean, null, money. */
    private static JsonNode scalar(FuzzedDataProvider data) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (data.consumeInt(0, 7)) {
            case 0 -> f.textNode(data.consumeString(MAX_STRING));
            case 1 -> f.numberNode(data.consumeLong());
            case 2 -> f.textNode(data.consumeLong() + "." + String.format("%02d", data.consumeInt(0, 99)));
            case 3 -> f.textNode(String.format("%04d-%02d-%02d", data.consumeInt(0, 9999), data.consumeInt(0, 13),
                    data.consumeInt(0, 32)));
            case 4 -> f.booleanNode(data.consumeBoolean());
            case 5 -> f.nullNode();
            case 6 -> f.numberNode(data.consumeInt(-1, 101));
            default -> f.objectNode()
                    .put("amount", data.consumeLong(-1_000_000_000L, 1_000_000_000L) + "." + data.consumeInt(0, 99))
                    .put("currency", data.pickValue(new String[] {"EUR", "USD", "XXX", "eur", ""}));
        };
    }
}
