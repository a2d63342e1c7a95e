package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README.md's kit example is the marked block of the auditor example project's test, which the main build compiles
 * and runs (maven-invoker-plugin), so the README shows code that compiles and passes.
 */
class ExamplesReadmeTest {

    @Test
    void theAuditorSectionShowsTheExampleProjectsCode() throws Exception {
        String snippet = ReadmeExampleTest.snippet(
                Path.of("examples/auditor-junit/src/test/java/org/fundingrules/examples/audit/AmuletAuditTest.java"));
        assertThat(Files.readString(Path.of("README.md"))).contains("```java\n" + snippet + "\n```");
    }
}
