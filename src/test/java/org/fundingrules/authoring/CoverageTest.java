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

    @Test
    void theConsequenceIsTheTextBetweenThenAndEndOfTheNamedRule() throws IOException {
        Files.writeString(dir.resolve("sources.yaml"), "s:\n  title: t\n");
        Files.createDirectories(dir.resolve("f"));
        Files.writeString(dir.resolve("f/a.drl"), """
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
                """);
        Files.writeString(dir.resolve("f/b.drl"), "rule \"open\"\nwhen\nthen\n    three();\n");
        Files.writeString(dir.resolve("f/c.drl"), "rule \"no then\"\nwhen\n    A()\nend\n");
        RuleFiles files = RuleFiles.folder(dir);

        // the first rule starts at the very first character of its file
        assertThat(Coverage.consequence(files, rule("first", "f/a.drl"))).isEqualTo("\n    one();\n");
        assertThat(Coverage.consequence(files, rule("second", "f/a.drl"))).isEqualTo("\n    two();\n");
        assertThat(Coverage.consequence(files, rule("open", "f/b.drl"))).isEqualTo("\n    three();\n");
        assertThat(Coverage.consequence(files, rule("no then", "f/c.drl"))).isNull();
        assertThat(Coverage.consequence(files, rule("missing", "f/a.drl"))).isNull();
        assertThat(Coverage.consequence(files, rule("first", "f/gone.drl"))).isNull();
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
