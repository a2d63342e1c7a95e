package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.fundingrules.json.FundingJson;
import org.junit.jupiter.api.Test;

/**
 * The explainer turns the common values a rule read into JSON itself; each must be the node the shared mapper makes
 * of it, or the inputs of a trace would change with the path a value took.
 */
class ExplainerValuesProperties {
    private static JsonNode byMapper(Object value) {
        return FundingJson.mapper().valueToTree(value);
    }

    @Test
    void scalarsAreTheMappersNodes() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 10), integers().all(), longs().all(),
                booleans().all()).checkAssert((s, i, l, b) -> {
                    assertThat(Explainer.json(s)).isEqualTo(byMapper(s));
                    assertThat(Explainer.json(i)).isEqualTo(byMapper(i));
                    assertThat(Explainer.json(l)).isEqualTo(byMapper(l));
                    assertThat(Explainer.json(b)).isEqualTo(byMapper(b));
                });
    }

    @Test
    void datesAreTheMappersIsoText() {
        // from year -9999 to +99999: the years of four digits and the signed ones beyond
        qt().withExamples(1_000).forAll(longs().between(LocalDate.of(-9999, 1, 1).toEpochDay(),
                LocalDate.of(99999, 12, 31).toEpochDay())).checkAssert(day -> {
                    LocalDate d = LocalDate.ofEpochDay(day);
                    assertThat(Explainer.json(d)).isEqualTo(byMapper(d));
                });
    }

    @Test
    void collectionsAreTheirSortedTexts() {
        qt().withExamples(300).forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 4))
                .ofSizeBetween(0, 6)).checkAssert(items -> assertThat(Explainer.json(items))
                        .isEqualTo(byMapper(items.stream().sorted().toList())));
        assertThat(Explainer.json(List.of(3, 1, 2)).toString()).isEqualTo("[\"1\",\"2\",\"3\"]");
    }
}
