package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * The smallest valid case, which README.md shows: the file README's copy must equal, judged against its expected
 * output (regenerate as for {@link AmuletExampleTest}: {@code -Dfundingrules.updateExpected=true}).
 */
class MinimalExampleTest {
    private static final Path CASE = Path.of("examples/minimal/case.json");

    @Test
    void theReadmeShowsTheFileAsItIs() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains("```json\n" + Files.readString(CASE) + "```\n");
    }

    @Test
    void itIsReadValidatedAndJudgedAsExpected() throws Exception {
        Evaluation e = TestCases.RULES.evaluate(FundingJson.readCase(Files.readString(CASE)));
        assertThat(e.verdicts()).isNotEmpty();
        AmuletExampleTest.matchesExpected(e, Path.of("examples/minimal/expected.json"));
    }
}
