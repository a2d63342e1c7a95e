package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.CriterionOutcome;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Verdict;

/** The Java usage example of README.md is this method's body, compiled and run here, so it cannot rot. */
class ReadmeExampleTest {

    static String usage(PrintStream out) throws Exception {
        // README:begin
        RuleSet rules = FundingRules.packaged();                  // loads the rules once; share the instance
        CaseFile caseFile = FundingRules.readCase(Files.readString(Path.of("examples/amulet/case.json")));
        Evaluation result = rules.evaluate(caseFile);             // thread-safe and deterministic
        for (Verdict v : result.verdicts()) {
            if (v.outcome() == Outcome.COMPLIANT) continue;
            out.println(v.outcome() + " " + v.subject().type() + " " + v.subject().id());
            v.criteria().stream().filter(c -> c.outcome() != CriterionOutcome.PASS)
                    .forEach(c -> out.println("  " + c.ruleId() + " [" + c.article() + "] " + c.reason()));
        }
        String json = FundingRules.toJson(result);                // byte-identical for the same input
        // README:end
        return json;
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws Exception {
        String snippet = snippet(Path.of("src/test/java/org/fundingrules/ReadmeExampleTest.java"));
        assertThat(snippet.lines().count()).isLessThanOrEqualTo(11);
        assertThat(Files.readString(Path.of("README.md"))).contains("```java\n" + snippet + "\n```");
    }

    @Test
    void theExampleRunsAndPrintsTheOverCapThirdParty() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String json = usage(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("NON_COMPLIANT THIRD_PARTY tp-it-lightcomp\n")
                .contains("fstp.cap_per_third_party [General Annex K, 5th element; Reg. 1290/2013 Art. 23(7)] "
                        + "EUR 4 500.00 over the maximum per third party");
        assertThat(json).contains("\"outcome\" : \"NON_COMPLIANT\"");
    }

    /** The block between {@code // README:begin} and {@code // README:end} of a source file, dedented. */
    static String snippet(Path source) throws java.io.IOException {
        Matcher m = Pattern.compile("// README:begin\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL)
                .matcher(Files.readString(source));
        assertThat(m.find()).as("README markers in " + source).isTrue();
        return dedent(m.group(1));
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.length() >= indent ? l.substring(indent) : l).toList());
    }
}
