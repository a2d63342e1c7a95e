package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/auditing.md's kit example is the marked block of the auditor example project's test, which the full tier
 * compiles and runs (maven-invoker-plugin), so the document shows code that compiles and passes.
 */
class ExamplesReadmeTest {

    @Test
    void theAuditingDocumentShowsTheExampleProjectsCode() throws Exception {
        assertThat(Files.readString(Path.of("docs/auditing.md")))
                .contains("```java\n" + DocBlocks.kitSnippet() + "\n```");
    }
}
