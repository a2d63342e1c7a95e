package org.fundingrules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fundingrules.TestCases;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.Scenarios;
import org.fundingrules.json.FundingJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The verdict schema against what the library writes: the committed expected files and fresh evaluations. */
class VerdictSchemaTest {
    private static final SchemaCheck SCHEMA = SchemaCheck.forVerdicts();

    static Stream<Arguments> expectedFiles() throws Exception {
        return SchemaCheck.exampleFiles("expected.json").map(Arguments::of);
    }

    /** The expected files mask the library version and rule-set digest as "*", still strings: valid as they are. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void everyExpectedFileIsValid(Path file) throws Exception {
        assertThat(SCHEMA.check(Files.readAllBytes(file)).messages()).as("schema errors in %s", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.fundingrules.schema.CaseSchemaTest#examples")
    void aFreshVerdictOnEveryExampleIsValid(Path caseFile) throws Exception {
        String verdict = FundingJson.write(TestCases.RULES.evaluateJson(Files.readString(caseFile)));
        assertThat(SCHEMA.check(verdict).messages()).as("schema errors in the verdict on %s", caseFile).isEmpty();
    }

    /** Every scenario's verdict: traces with tables, comparisons, missing facts and open outcomes. */
    @Test
    void theVerdictOnEveryScenarioIsValid() throws Exception {
        var scenarios = Scenarios.load(RuleFiles.folder(Path.of("rules")));
        assertThat(scenarios).hasSizeGreaterThan(50);
        for (var s : scenarios) {
            String verdict = FundingJson.write(TestCases.RULES.evaluateJson(
                    FundingJson.mapper().writeValueAsString(s.caseJson())));
            assertThat(SCHEMA.check(verdict).messages()).as("schema errors in the verdict on %s", s).isEmpty();
        }
    }

    /** The schema is not vacuous: a missing, an unknown, a mistyped and a null component are each refused by path. */
    @Test
    void brokenVerdictsAreRefusedAtTheirPath() throws Exception {
        String verdict = FundingJson.write(TestCases.RULES.evaluateJson(TestCases.amuletJson()));
        assertThat(refused(verdict, v -> v.remove("outcome"))).containsExactly("$.outcome");
        assertThat(refused(verdict, v -> v.put("extra", 1))).containsExactly("$.extra");
        assertThat(refused(verdict, v -> ((ObjectNode) v.get("verdicts").get(0)).put("outcome", "MAYBE")))
                .containsExactly("$.verdicts[0].outcome");
        assertThat(refused(verdict, v -> ((ObjectNode) v.get("verdicts").get(0).get("criteria").get(0))
                .putNull("ruleId"))).containsExactly("$.verdicts[0].criteria[0].ruleId");
        assertThat(refused(verdict, v -> v.put("referenceDate", "31/08/2024"))).containsExactly("$.referenceDate");
    }

    private static java.util.List<String> refused(String verdict, java.util.function.Consumer<ObjectNode> edit)
            throws Exception {
        JsonNode tree = FundingJson.mapper().readTree(verdict);
        edit.accept((ObjectNode) tree);
        return SCHEMA.check(FundingJson.mapper().writeValueAsString(tree)).paths();
    }
}
