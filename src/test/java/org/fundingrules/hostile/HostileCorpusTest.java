package org.fundingrules.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fundingrules.TestCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs the hostile campaign found something with, kept under src/test/resources/hostile-corpus/ (a file per
 * case, named for what it is; a .txt beside it says what it found), replayed on every build against the same
 * contract as the campaign: a verdict or well-formed problems, within the campaign's CPU and time bounds.
 */
class HostileCorpusTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "hostile-corpus");
    private static Campaign campaign;

    @BeforeAll
    static void start() {
        campaign = new Campaign(TestCases.RULES, Path.of("target", "hostile-corpus-failures"));
    }

    @AfterAll
    static void stop() {
        campaign.close();
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            return json.stream();
        }
    }

    @Test
    void theCorpusIsThereAndEveryInputSaysWhatItFound() throws IOException {
        List<Path> inputs = corpus().toList();
        assertThat(inputs).isNotEmpty();
        for (Path p : inputs) {
            Path note = p.resolveSibling(p.getFileName().toString().replaceAll("\\.json$", ".txt"));
            assertThat(note).as("what %s found", p.getFileName()).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void endsInAVerdictOrTheDocumentedProblemsWithinItsBound(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Campaign.Outcome o = campaign.run(new HostileCases.HostileCase("corpus/" + file.getFileName(), 0, json));
        assertThat(o.end()).as("%s: %s", file.getFileName(), o.detail())
                .isIn(Campaign.End.VERDICT, Campaign.End.INVALID);
    }

    @Test
    void aProblemWithACodeTheDocsDoNotListIsABadEnd() {
        assertThat(Campaign.badProblems(List.of(new org.fundingrules.trace.Problem("$", "no_such_code", "a message"))))
                .contains("not in docs/problems.md");
        assertThat(Campaign.badProblems(List.of(new org.fundingrules.trace.Problem("$", "too_many_problems", "a message"))))
                .isNull();
    }
}
