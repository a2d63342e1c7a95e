package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundingrules.engine.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of mutants, which number the same change in the same place in file order, whatever the list order. */
class SurvivorReasonsTest {
    private static Mutation flip(String file, int line, int offset) {
        return new Mutation(file, line, 5, offset, "==", "!=", "operator", "r");
    }

    @Test
    void occurrencesAreNumberedByFileThenOffset() {
        Mutation late = flip("f/a.drl", 9, 90);
        Mutation early = flip("f/a.drl", 2, 20);
        Mutation otherFile = flip("f/b.drl", 1, 5);

        var keys = SurvivorReasons.keys(List.of(otherFile, late, early));

        assertThat(keys).containsEntry(early, "f | r | == -> != | 1").containsEntry(late, "f | r | == -> != | 2")
                .containsEntry(otherFile, "f | r | == -> != | 3").hasSize(3);
    }

    @Test
    void aPipeWrittenBackslashPipeInACellIsPartOfTheRuleName(@TempDir Path rules) throws Exception {
        Files.createDirectories(rules.resolve("f"));
        Files.writeString(rules.resolve("sources.yaml"), "{}\n");
        Files.writeString(rules.resolve("f/" + SurvivorReasons.FILE), """
                | where | change | occurrence | why no scenario can notice it |
                |---|---|---|---|
                | Criterion \\| one case | `<` -> `<=` | 1 | both cases pass alike |
                """);

        SurvivorReasons reasons = SurvivorReasons.of(RuleFiles.folder(rules));

        assertThat(reasons.problems()).isEmpty();
        assertThat(reasons.rows()).containsOnlyKeys("f | Criterion | one case | < -> <= | 1");
        var key = SurvivorReasons.keys(List.of(new Mutation("f/a.drl", 1, 5, 1, "<", "<=", "operator",
                "Criterion | one case")));
        assertThat(reasons.reason(key.values().iterator().next())).isNotNull();
    }
}
