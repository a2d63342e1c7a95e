package org.fundingrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form writes keys and scalars itself (the input digest of every evaluation is taken from it); it must
 * write them exactly as the shared mapper writes the value's tree, escapes and plain decimals included, or every
 * digest would move.
 */
class CanonicalFormProperties {
    /** Compared as the bytes digested (a lone surrogate becomes '?' in both). */
    private static String canonical(Object value) {
        return new String(FundingJson.canonicalBytes(value), StandardCharsets.UTF_8);
    }

    private static String byMapper(String key, Object value) throws JsonProcessingException {
        String text = "{" + FundingJson.mapper().writeValueAsString(key) + ":" + FundingJson.mapper()
                .writeValueAsString(FundingJson.mapper().<com.fasterxml.jackson.databind.JsonNode>valueToTree(value)) + "}";
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void textAndKeysAreEscapedAsTheMapperEscapesThem() {
        // every code point of the basic plane, controls, quotes, backslashes and separators included
        qt().withExamples(2_000).forAll(strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 12),
                strings().betweenCodePoints(0, 0x2FFFF).ofLengthBetween(1, 12))
                .checkAssert((value, key) -> {
                    try {
                        assertThat(canonical(Map.of(key, value))).isEqualTo(byMapper(key, value));
                    } catch (JsonProcessingException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void numbersAndBooleansAreWrittenAsTheMapperWritesThem() throws JsonProcessingException {
        qt().withExamples(1_000).forAll(longs().all(), integers().between(-12, 12), integers().all())
                .checkAssert((unscaled, scale, i) -> {
                    try {
                        BigDecimal d = BigDecimal.valueOf(unscaled, scale);
                        assertThat(canonical(Map.of("d", d))).isEqualTo(byMapper("d", d));
                        assertThat(canonical(Map.of("l", unscaled))).isEqualTo(byMapper("l", unscaled));
                        assertThat(canonical(Map.of("i", i))).isEqualTo(byMapper("i", i));
                    } catch (JsonProcessingException e) {
                        throw new AssertionError(e);
                    }
                });
        assertThat(canonical(Map.of("t", true, "f", false))).isEqualTo("{\"f\":false,\"t\":true}");
        assertThat(canonical(Map.of("e", new BigDecimal("1E+3")))).isEqualTo("{\"e\":1000}");
    }

    @Test
    void nullsAndEmptyListsAreLeftOutAndDecimalsLoseTheirTrailingZeros() {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("n", null);
        m.put("e", java.util.List.of());
        m.put("a", java.util.Arrays.asList("b", null, "a"));
        m.put("d", new BigDecimal("12.500"));
        m.put("z", new BigDecimal("0.00"));
        m.put("o", java.util.Map.of());
        String expected = "{\"a\":[\"a\",\"b\",null],\"d\":12.5,\"o\":{},\"z\":0}";
        assertThat(canonical(m)).isEqualTo(expected);
    }

    @Test
    void caseRecordsWalkedGiveTheFormOfTheirMappersTree() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, i) -> {
            org.fundingrules.bench.CaseGenerator g = new org.fundingrules.bench.CaseGenerator(seed);
            for (Object c : java.util.List.of(g.applicantCase(i), g.openCall(1 + i % 7))) {
                assertThat(canonical(c)).isEqualTo(new String(CanonicalForm.ofTree(c), StandardCharsets.UTF_8));
            }
        });
        // a value that is not a case record goes through the tree: a map holding records and decimals
        Object mixed = Map.of("case", org.fundingrules.TestCases.call("oc1", "60000.00"), "d", new BigDecimal("2.50"));
        assertThat(canonical(mixed)).isEqualTo(new String(CanonicalForm.ofTree(mixed), StandardCharsets.UTF_8));
    }
}
