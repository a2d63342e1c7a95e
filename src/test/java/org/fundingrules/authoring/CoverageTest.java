package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fundingrules.authoring.Coverage.Branch;
import org.fundingrules.authoring.Coverage.RuleCoverage;
import org.fundingrules.engine.Engine.RuleInfo;
import org.fundingrules.engine.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of {@link Coverage} that read text and compare sets, without compiling a rule. */
class CoverageTest {
    @TempDir
    Path dir;

    private static RuleInfo rule(String name, String file) {
        return new RuleInfo(name, "f.id", "s", "Art. 1", LocalDate.of(2020, 1, 1), null, file);
    }

    /** A rules folder with a source register and these DRL files: path, text, path, text, ... */
    private RuleFiles folder(String... pathsAndTexts) throws IOException {
        Files.writeString(dir.resolve("sources.yaml"), "s:\n  title: t\n");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path file = dir.resolve(pathsAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndTexts[i + 1]);
        }
        return RuleFiles.folder(dir);
    }

    @Test
    void theConsequenceIsTheTextBetweenThenAndEndOfTheNamedRule() throws IOException {
        RuleFiles files = folder("f/a.drl", """
                rule "first"
                when
                then
                    one();
                end
                rule "second"
                when
                  then
                    two();
                end
                """, "f/c.drl", "rule \"empty\"\nwhen\n    A()\nthen\nend\n");

        // the first rule starts at the very first character of its file
        assertThat(Coverage.consequence(files, rule("first", "f/a.drl"))).isEqualToIgnoringWhitespace("one();");
        assertThat(Coverage.consequence(files, rule("second", "f/a.drl"))).isEqualToIgnoringWhitespace("two();");
        assertThat(Coverage.consequence(files, rule("empty", "f/c.drl"))).isBlank();
        assertThat(Coverage.consequence(files, rule("missing", "f/a.drl"))).isNull();
        assertThat(Coverage.consequence(files, rule("first", "f/gone.drl"))).isNull();
    }

    /**
     * What reading for {@code rule "name"} and the next {@code then} got wrong: a comment naming another rule, a name
     * with the keywords in it, {@code then} on the line of the conditions.
     */
    @Test
    void theConsequenceIsTheNamedRulesWhateverTheCommentsAndTheNamesSay() throws IOException {
        RuleFiles files = folder("f/a.drl", """
                rule "a"
                    // unlike rule "b", this one cannot fail
                when
                    $a : A()
                then
                    Judge.on(kcontext, $a).pass();
                end

                rule "b"
                when
                    $a : A()
                then
                    Judge.on(kcontext, $a).undetermined("x");
                end

                rule "c: when the time has come, then it ends"
                when $a : A() then
                    Judge.on(kcontext, $a).atMost("k", 1, 2);
                end
                """);

        // the text search read rule a's consequence for b ({PASS}) and none for c (no branch expected)
        assertThat(Coverage.branches(Coverage.consequence(files, rule("a", "f/a.drl")))).containsExactly(Branch.PASS);
        assertThat(Coverage.branches(Coverage.consequence(files, rule("b", "f/a.drl"))))
                .containsExactly(Branch.NOT_PASS);
        assertThat(Coverage.branches(Coverage.consequence(files,
                rule("c: when the time has come, then it ends", "f/a.drl")))).containsExactly(Branch.PASS, Branch.NOT_PASS);
    }

    @Test
    void aRuleIsCompleteWhenItFiredAndShowedEveryBranchItCanProduce() {
        Set<Branch> both = EnumSet.allOf(Branch.class);
        Set<Branch> pass = EnumSet.of(Branch.PASS);
        Set<Branch> none = EnumSet.noneOf(Branch.class);

        assertThat(new RuleCoverage("r", "f/a.drl", List.of("r"), true, both, both).complete()).isTrue();
        assertThat(new RuleCoverage("r", "f/a.drl", List.of("r"), true, none, none).complete()).isTrue();
        assertThat(new RuleCoverage("r", "f/a.drl", List.of("r"), false, none, none).complete()).isFalse();
        RuleCoverage halfway = new RuleCoverage("r", "f/a.drl", List.of("r"), true, both, pass);
        assertThat(halfway.complete()).isFalse();
        assertThat(halfway.missing()).containsExactly(Branch.NOT_PASS);
    }
}
