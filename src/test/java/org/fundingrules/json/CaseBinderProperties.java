package org.fundingrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * The case binder must give exactly the records the shared mapper binds from the same cleaned tree: equal records
 * (amounts and decimals with their scale, as {@code toString} shows them), and a refusal where the mapper refuses.
 * Checked on every example, on every stored hostile and fuzz input, and on edited examples: a value replaced by one
 * of a pool of kinds (texts, dates, numbers, decimals, amounts, lists, objects, null) or a property removed. Each
 * record bound is also written in canonical form both ways, walked and through the mapper's tree.
 */
class CaseBinderProperties {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> EXAMPLES = List.of("examples/amulet/case.json", "examples/minimal/case.json",
            "examples/sme-group/case.json", "examples/state-aid/case.json");

    /** Bound both ways from the tree that readCase would bind; returns whether a record came out. */
    private static boolean bothBindTheSame(String document) {
        ProblemList problems = new ProblemList();
        JsonNode tree;
        try (JsonParser parser = FundingJson.mapper().createParser(document)
                .disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            tree = CaseTree.read(parser, problems);
        } catch (IOException e) {
            return false;   // not JSON: neither binder is reached
        }
        if (tree == null || !tree.isObject()) {
            return false;
        }
        JsonNode clean = CaseShape.clean(tree, CaseFile.class, problems);
        CaseFile byMapper;
        try {
            byMapper = FundingJson.mapper().treeToValue(clean, CaseFile.class);
        } catch (IOException | IllegalArgumentException e) {
            byMapper = null;
        }
        CaseFile byBinder;
        try {
            byBinder = CaseBinder.bind(clean, CaseFile.class);
        } catch (IllegalArgumentException e) {
            byBinder = null;
        }
        assertThat(byBinder).as("bound by the binder against the mapper").isEqualTo(byMapper);
        assertThat(String.valueOf(byBinder)).isEqualTo(String.valueOf(byMapper));
        if (byBinder != null) {
            // and the records walked give the canonical form of their mapper's tree (the input digest)
            assertThat(new String(CanonicalForm.bytes(byBinder), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(CanonicalForm.ofTree(byBinder), java.nio.charset.StandardCharsets.UTF_8));
        }
        return byBinder != null;
    }

    private static String text(Path p) {
        try {
            return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);   // bad bytes replaced
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void examplesAndStoredInputsBindAsTheMapperBindsThem() throws IOException {
        for (String e : EXAMPLES) {
            assertThat(bothBindTheSame(text(Path.of(e)))).as(e).isTrue();
        }
        List<Path> stored = new ArrayList<>();
        for (String dir : List.of("src/test/resources/hostile-corpus",
                "src/test/resources/org/fundingrules/fuzz/CaseFuzzTestInputs/readCase")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(stored::add);
            }
        }
        assertThat(stored).hasSizeGreaterThan(5);
        int bound = 0;
        for (Path p : stored) {
            bound += bothBindTheSame(text(p)) ? 1 : 0;
        }
        assertThat(bound).as("stored inputs bound to a case").isPositive();
    }

    @Test
    void editedExamplesBindAsTheMapperBindsThem() {
        List<JsonNode> bases = EXAMPLES.stream().map(e -> {
            try {
                return FundingJson.mapper().readTree(text(Path.of(e)));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }).toList();
        int[] bound = {0};
        qt().withExamples(600).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            JsonNode doc = bases.get(r.nextInt(bases.size())).deepCopy();
            int edits = 1 + r.nextInt(4);
            for (int i = 0; i < edits; i++) {
                edit(doc, r);
            }
            bound[0] += bothBindTheSame(doc.toString()) ? 1 : 0;
        });
        assertThat(bound[0]).as("edited documents bound to a case").isGreaterThan(300);
    }

    /** Replaces one value somewhere in the tree, or removes one property. */
    private static void edit(JsonNode doc, SplittableRandom r) {
        JsonNode parent = doc;
        // walk down a random number of levels, stopping at a container whose child is edited
        for (int depth = r.nextInt(6); depth > 0; depth--) {
            List<JsonNode> containers = new ArrayList<>();
            parent.forEach(c -> {
                if (c.isContainerNode() && !c.isEmpty()) {
                    containers.add(c);
                }
            });
            if (containers.isEmpty()) {
                break;
            }
            parent = containers.get(r.nextInt(containers.size()));
        }
        if (parent instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(r.nextInt(names.size()));
            if (r.nextInt(5) == 0) {
                o.remove(name);
            } else {
                o.set(name, any(r));
            }
        } else if (parent instanceof ArrayNode a && !a.isEmpty()) {
            a.set(r.nextInt(a.size()), any(r));
        }
    }

    private static JsonNode any(SplittableRandom r) {
        return switch (r.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("x");
            case 2 -> NODES.textNode("2024-02-29");
            case 3 -> NODES.textNode("2023-02-29");
            case 4 -> NODES.textNode("--12-31");
            case 5 -> NODES.numberNode(r.nextInt(-3, 1_000_000));
            case 6 -> NODES.numberNode(new BigDecimal("12.50"));
            case 7 -> NODES.textNode("0.90");
            case 8 -> NODES.booleanNode(r.nextBoolean());
            case 9 -> NODES.objectNode().put("amount", "60000.00").put("currency", "EUR");
            case 10 -> NODES.objectNode().put("amount", "1.5").put("currency", "EUR");
            case 11 -> NODES.objectNode().put("amount", "1.001").put("currency", "EUR");
            case 12 -> NODES.arrayNode();
            case 13 -> NODES.objectNode();
            case 14 -> NODES.textNode(List.of("SMALL", "MEDIUM", "MICRO", "GRANT", "ENTERPRISE", "LINKED",
                    "PARTNER", "AUTONOMOUS").get(r.nextInt(8)));
            default -> NODES.numberNode(Long.MAX_VALUE);
        };
    }
}
