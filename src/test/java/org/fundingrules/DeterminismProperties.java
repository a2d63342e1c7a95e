package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.Test;

/** The same input gives byte-identical output, whatever the order of its arrays, the run or the thread. */
class DeterminismProperties {
    private static final String AMULET = TestCases.amuletJson();
    private static final String EXPECTED = FundingJson.write(TestCases.RULES.evaluateJson(AMULET));

    /** Shuffles every array in the document, recursively, with the given seed. */
    static JsonNode shuffled(JsonNode node, Random random) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);  // key order of the input must not matter either
            ObjectNode out = FundingJson.mapper().createObjectNode();
            for (String n : names) {
                out.set(n, shuffled(o.get(n), random));
            }
            return out;
        }
        if (node instanceof ArrayNode a) {
            List<JsonNode> items = new ArrayList<>();
            for (Iterator<JsonNode> it = a.elements(); it.hasNext(); ) {
                items.add(shuffled(it.next(), random));
            }
            Collections.shuffle(items, random);
            ArrayNode out = FundingJson.mapper().createArrayNode();
            items.forEach(out::add);
            return out;
        }
        return node;
    }

    @Test
    void shufflingTheInputsArraysGivesTheSameJson() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            String json = FundingJson.writeValue(shuffled(readTree(AMULET), new Random(seed)));
            assertThat(json).isNotEqualTo(AMULET);
            assertThat(FundingJson.write(TestCases.RULES.evaluateJson(json))).isEqualTo(EXPECTED);
        });
    }

    @Test
    void shufflingAnOwnershipStructureGivesTheSameJson() throws Exception {
        String group = java.nio.file.Files.readString(java.nio.file.Path.of("examples/sme-group/case.json"));
        String expected = FundingJson.write(TestCases.RULES.evaluateJson(group));
        qt().withExamples(25).forAll(longs().all()).checkAssert(seed -> {
            String json = FundingJson.writeValue(shuffled(readTree(group), new Random(seed)));
            assertThat(FundingJson.write(TestCases.RULES.evaluateJson(json))).isEqualTo(expected);
        });
    }

    @Test
    void twoRunsGiveByteIdenticalJson() {
        assertThat(FundingJson.write(TestCases.RULES.evaluateJson(AMULET))).isEqualTo(EXPECTED);
        assertThat(FundingJson.write(FundingRules.packaged().evaluateJson(AMULET))).isEqualTo(EXPECTED);
    }

    @Test
    void thePrecompiledPackagedRulesJudgeExactlyAsTheCompiledFolder() {
        RuleSet folder = FundingRules.builder().rules(java.nio.file.Path.of("rules")).build();
        assertThat(folder.digest()).isEqualTo(TestCases.RULES.digest());
        assertThat(FundingJson.write(folder.evaluateJson(AMULET))).isEqualTo(EXPECTED);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} thread(s)")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 8})
    void concurrentEvaluationsOnOneRuleBaseAgree(int threads) throws Exception {
        CaseFile parsed = FundingJson.readCase(AMULET);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> FundingJson.write(TestCases.RULES.evaluate(parsed))));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(EXPECTED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCaseRoundTripsThroughJson() {
        CaseFile parsed = FundingJson.readCase(AMULET);
        CaseFile again = FundingJson.readCase(FundingJson.writeValue(parsed));
        assertThat(again).isEqualTo(parsed);
        assertThat(FundingJson.canonicalBytes(again)).isEqualTo(FundingJson.canonicalBytes(parsed));
    }

    private static JsonNode readTree(String json) {
        try {
            return FundingJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
