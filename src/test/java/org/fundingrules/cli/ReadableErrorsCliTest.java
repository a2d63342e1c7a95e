package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.authoring.LintTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --rules} on a folder whose DRL does not compile: the readable sentence, file and line. */
class ReadableErrorsCliTest {
    @TempDir
    Path temp;

    @Test
    void aRuleUsingAnUnimportedTypeIsReportedAsASentenceWithFileAndLine() throws IOException {
        Path root = LintTest.writeFamily(temp.resolve("rules"));
        Path drl = root.resolve(LintTest.DRL);
        String text = Files.readString(drl).replace("$p : Parameter() from parameters.at(\"demo.cap\")",
                "$p : Parameter() from parameters.at(\"demo.cap\")\n    $w : AwardFact()");
        Files.writeString(drl, text);
        int line = (int) text.substring(0, text.indexOf("$w : AwardFact()")).chars().filter(c -> c == '\n').count() + 1;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(new String[] {"evaluate", "examples/amulet/case.json", "--rules", root.toString()}, o, e);
        }

        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("  " + LintTest.DRL + ":" + line + ": the rule uses "
                + "type AwardFact, which is not imported; add `import org.fundingrules.facts.AwardFact;` at the top of "
                + "the file [Drools: Unable to resolve ObjectType 'AwardFact']");
        assertThat(out.size()).isZero();
    }
}
