package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
