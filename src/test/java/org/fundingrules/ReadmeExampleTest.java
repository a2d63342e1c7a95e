package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java example of README.md, compiled as it stands there (imports and all) against the library and run; what it
 * prints is what README says it prints.
 */
class ReadmeExampleTest {
    @TempDir
    Path temp;

    @Test
    void theReadmesJavaCompilesRunsAndPrintsWhatTheReadmeSays() throws Exception {
        List<DocBlocks.Block> java = DocBlocks.of(Path.of("README.md")).stream()
                .filter(b -> b.language().equals("java")).toList();
        assertThat(java).as("README.md has one Java example").hasSize(1);
        String source = java.get(0).text();
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertThat(name.find()).as("a public class in README's Java").isTrue();
        assertThat(source).startsWith("import ");

        ClassLoader loader = JavaSnippets.compile(temp, Map.of(name.group(1) + ".java", source));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            loader.loadClass(name.group(1)).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);

        // README: "It prints `NON_COMPLIANT THIRD_PARTY tp-it-lightcomp: 1 of 2 criteria failed: ...`"
        String readme = Files.readString(Path.of("README.md"));
        Matcher said = Pattern.compile("It prints `([^`]*)\\.\\.\\.`").matcher(readme);
        assertThat(said.find()).as("README says what the example prints").isTrue();
        assertThat(printed).startsWith(said.group(1));
        assertThat(printed.lines()).allMatch(l -> !l.startsWith("COMPLIANT"));
        // "and writes the verdict document to `target/amulet-verdicts.json`, the JSON `evaluate` prints"
        Matcher file = Pattern.compile("writes the verdict document\\s+to `([^`]+)`").matcher(readme);
        assertThat(file.find()).as("README says where the example writes").isTrue();
        assertThat(Files.readString(Path.of(file.group(1)))).isEqualTo(org.fundingrules.json.FundingJson.write(
                TestCases.RULES.evaluateJson(TestCases.amuletJson())));
    }
}
