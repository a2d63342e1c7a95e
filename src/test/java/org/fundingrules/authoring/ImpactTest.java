package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case files {@link Impact} reads: one file as given, or every JSON file under a folder, sorted. */
class ImpactTest {
    @TempDir
    Path dir;

    @Test
    void aFileIsItsOwnCaseFileAndAFolderHoldsItsJsonFilesAtAnyDepth() throws IOException {
        Files.createDirectories(dir.resolve("b/deep"));
        for (String f : new String[] {"b/deep/z.json", "a.json", "b/c.json", "notes.md", "b/x.json.bak"}) {
            Files.writeString(dir.resolve(f), "{}");
        }

        assertThat(Impact.caseFiles(dir.resolve("notes.md"))).containsExactly(dir.resolve("notes.md"));
        assertThat(Impact.caseFiles(dir)).containsExactly(dir.resolve("a.json"), dir.resolve("b/c.json"),
                dir.resolve("b/deep/z.json"));
    }
}
