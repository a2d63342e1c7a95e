package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundingrules.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.authoring.LintTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fundingrules lint} through {@link Main#run}: output lines and exit codes. */
class LintCommandTest {
    @TempDir
    Path temp;

    @Test
    void thePackagedRulesLintClean() {
        CliRun r = run("lint");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("lint: the packaged rules clean");
    }

    @Test
    void theRulesFolderLintsClean() {
        CliRun r = run("lint", "--rules", "rules");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void eachFindingIsOneLineWithFileAndLineAndTheExitCodeIsOne() throws IOException {
        Path root = LintTest.writeFamily(temp.resolve("rules"));
        Path drl = root.resolve(LintTest.DRL);
        String text = Files.readString(drl).replace("    @article(\"Art. 1\")\n", "")
                .replace("@source(\"demo_act\")", "@source(\"nope\")");
        Files.writeString(drl, text);
        String prefix = root.toString().replace('\\', '/') + "/" + LintTest.DRL + ":";

        CliRun r = run("lint", "--rules", root.toString());

        assertThat(r.code()).isEqualTo(LintCommand.FINDINGS).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly(
                prefix + lineOf(text, "rule \"Demo: the cap\"")
                        + ": rule \"Demo: the cap\" cites @source 'nope', which is not in sources.yaml",
                prefix + lineOf(text, "rule \"Demo: the cap\"") + ": rule \"Demo: the cap\" has no @article",
                prefix + lineOf(text, "rule \"Demo: the action is there\"")
                        + ": rule \"Demo: the action is there\" cites @source 'nope', which is not in sources.yaml");
        assertThat(r.err()).contains("3 finding(s)");
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aFolderThatCannotBeReadExitsWithThree() throws IOException {
        CliRun missing = run("lint", "--rules", temp.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(LintCommand.UNREADABLE).isEqualTo(3);
        assertThat(missing.err()).contains("nowhere").contains("not a folder");
        assertThat(missing.out()).isEmpty();

        Files.createDirectories(temp.resolve("empty"));
        CliRun noRegister = run("lint", "--rules", temp.resolve("empty").toString());
        assertThat(noRegister.code()).isEqualTo(3);
        assertThat(noRegister.err()).contains("sources.yaml");
    }

    @Test
    void wrongUsageExitsWithSixtyFour() {
        for (String[] args : new String[][] {{"lint", "--rules"}, {"lint", "extra"}, {"lint", "--format", "text"}}) {
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(64);
            assertThat(r.err()).contains("Usage: fundingrules lint [-hV] [--rules=<dir>]");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void theUsageTextListsLint() {
        CliRun r = run("--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("  lint      Check a rules folder");
        assertThat(run("help", "lint").out()).startsWith("Usage: fundingrules lint [-hV] [--rules=<dir>]");
    }
}
