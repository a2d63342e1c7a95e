package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which mutations a rule set has, and which branches a consequence can produce (no engine needed). */
class MutationsTest {
    @Test
    void parameterValuesMoveByOneUnitOfTheirOwnScale() {
        String yaml = """
                a.amount:
                  unit: EUR
                  values:
                    - value: "60000.00"
                      validFrom: 2014-01-01
                    - { value: "0.75", validFrom: 2020-01-01, source: s, article: x }
                a.years:
                  unit: years
                  values:
                    - { value: "3", validFrom: 2024-01-01, source: s, article: "value: 9" }
                a.codes:
                  unit: text
                  values:
                    - { value: "12", validFrom: 2024-01-01 }
                """;
        List<Mutation> m = Mutations.parameters("f/parameters/p.yaml", yaml,
                Map.of("a.amount", "EUR", "a.years", "years", "a.codes", "text"));

        assertThat(m).extracting(Mutation::toString).containsExactly(
                "f/parameters/p.yaml:4:15  a.amount 60000.00 -> 60000.01",
                "f/parameters/p.yaml:4:15  a.amount 60000.00 -> 59999.99",
                "f/parameters/p.yaml:6:17  a.amount 0.75 -> 0.76",
                "f/parameters/p.yaml:6:17  a.amount 0.75 -> 0.74",
                "f/parameters/p.yaml:10:17  a.years 3 -> 4",
                "f/parameters/p.yaml:10:17  a.years 3 -> 2");
        assertThat(m.get(0).apply(yaml)).contains("- value: \"60000.01\"").doesNotContain("60000.00");
    }

    @Test
    void validityDatesMoveOneDayEachWay() {
        String yaml = """
                a.amount:
                  unit: EUR
                  values:
                    - value: "60000.00"
                      validFrom: 2014-01-01
                    - { value: "0.75", validFrom: 2020-01-01, validUntil: 2030-12-31, source: s, article: x }
                """;
        assertThat(Mutations.dates("f/parameters/p.yaml", yaml)).extracting(Mutation::toString).containsExactly(
                "f/parameters/p.yaml:5:18  a.amount validFrom 2014-01-01 -> 2013-12-31",
                "f/parameters/p.yaml:5:18  a.amount validFrom 2014-01-01 -> 2014-01-02",
                "f/parameters/p.yaml:6:35  a.amount validFrom 2020-01-01 -> 2019-12-31",
                "f/parameters/p.yaml:6:35  a.amount validFrom 2020-01-01 -> 2020-01-02",
                "f/parameters/p.yaml:6:59  a.amount validUntil 2030-12-31 -> 2030-12-30",
                "f/parameters/p.yaml:6:59  a.amount validUntil 2030-12-31 -> 2031-01-01");
    }

    @Test
    void comparisonsFlipInConditionsOnlyOutsideCommentsAndStrings() {
        String drl = """
                rule "r"
                when
                    A( x <= 1, y > 2, s == "a < b" )   // z != 3
                    B( share() < $t.amount, n >= 0 ) /* w == 1 */
                    eval( $v.compareTo($p) != 0 )
                then
                    if (a < b && c == d) { }
                end
                """;
        assertThat(Mutations.operators("f/r.drl", drl)).extracting(m -> m.original() + ">" + m.replacement())
                .containsExactly("<=><", ">>>=", "==>!=", "<><=", ">=>>", "!=>==");
        Mutation first = Mutations.operators("f/r.drl", drl).get(0);
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.where()).isEqualTo("r");
        assertThat(first.apply(drl)).contains("A( x < 1, y > 2");
    }

    /**
     * What reading line by line for {@code rule "..."}, {@code when} and {@code then} got wrong: a commented-out
     * {@code rule "..."} line ended the conditions (B's {@code <=} was never mutated), {@code when} on the rule's own
     * line was not seen (C's), and a single-quoted name was not a rule (D's {@code >=} went to the rule before).
     */
    @Test
    void theConditionsAreWhereTheParserFindsThemWhateverTheCommentsAndNamesSay() {
        String drl = """
                rule "r"
                when
                    A( x > 1 )
                    /*
                    rule "old" compared y < 2 here
                    */
                    B( y <= 2 )
                then
                end
                rule "when the cap applies, then end" @ruleId("x") when
                    C( z != 3 )
                then
                end
                rule 'single quoted'
                when
                    D( w >= 4 )
                then
                end
                """;
        assertThat(Mutations.operators("f/r.drl", drl)).extracting(Mutation::toString).containsExactly(
                "f/r.drl:3:10  > -> >=  in rule \"r\"",
                "f/r.drl:7:10  <= -> <  in rule \"r\"",
                "f/r.drl:11:10  != -> ==  in rule \"when the cap applies, then end\"",
                "f/r.drl:16:10  >= -> >  in rule \"single quoted\"");
    }

    /**
     * The operators {@link Mutations#operators} finds between {@code when} and {@code then}, as
     * {@code line:column op}: the lines need not parse, the span is given as the parser would give it.
     */
    private static List<String> operatorsIn(String... conditionLines) {
        String drl = "rule \"r\"\nwhen\n" + String.join("\n", conditionLines) + "\nthen\nend\n";
        int from = drl.indexOf("when\n") + "when\n".length();
        return Mutations.operators(new DrlFile("f/r.drl", drl), "r", from, drl.indexOf("\nthen")).stream()
                .map(m -> m.line() + ":" + m.column() + " " + m.original()).toList();
    }

    @Test
    void operatorsAtTheEdgesOfALineAreFound() {
        // a two-character operator at the first and at the last column is one; a lone < or > there is not
        assertThat(operatorsIn("== 1", "x <=", "< 3", "y >")).containsExactly("3:1 ==", "4:3 <=");
    }

    @Test
    void aLoneLessOrGreaterThanNeedsASpaceOnEachSide() {
        assertThat(operatorsIn("a <b", "a< b", "a > b", "List<String> l")).containsExactly("5:3 >");
    }

    @Test
    void partsOfLongerOperatorsAreNoComparisons() {
        // "<<=", "!==" and ">==" are not comparisons; "== <=" are two
        assertThat(operatorsIn("a <<= b", "a !== b", "a >== b", "n == <= 1")).containsExactly("6:3 ==", "6:6 <=");
    }

    @Test
    void stringsWithEscapedQuotesAndCommentsOpenedOnTheSameLineAreSkipped() {
        assertThat(operatorsIn("A( s == \"x\\\" > y\", n > 1, t == \"b\" )")).containsExactly("3:6 ==", "3:22 >",
                "3:29 ==");
        // "/*/" opens a comment, it does not close it
        assertThat(operatorsIn("A( x > 1 ) /*/ y == 2 */ z == 3")).containsExactly("3:6 >", "3:28 ==");
        assertThat(operatorsIn("/* a == 1", "b == 2 */ c != 3")).containsExactly("4:13 !=");
    }

    @Test
    void everyMutationOfARuleSetOrOfOneFamily(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("sources.yaml"), "s:\n  title: t\n");
        for (String family : List.of("a", "b")) {
            java.nio.file.Files.createDirectories(dir.resolve(family + "/parameters"));
            java.nio.file.Files.writeString(dir.resolve(family + "/r.drl"),
                    "rule \"r\"\nwhen\n    A( x > 1 )\nthen\nend\n");
            java.nio.file.Files.writeString(dir.resolve(family + "/parameters/p.yaml"),
                    family + ".k:\n  values:\n    - { value: \"5\", validFrom: 2020-01-01 }\n");
            java.nio.file.Files.writeString(dir.resolve(family + "/notes.md"), "x > 1\n");
        }
        var files = org.fundingrules.engine.RuleFiles.folder(dir);
        Map<String, String> units = Map.of("a.k", "EUR", "b.k", "EUR");

        assertThat(Mutations.of(files, units, "b")).extracting(Mutation::toString).containsExactly(
                "b/parameters/p.yaml:3:17  b.k 5 -> 6", "b/parameters/p.yaml:3:17  b.k 5 -> 4",
                "b/r.drl:3:10  > -> >=  in rule \"r\"");
        assertThat(Mutations.of(files, units, null)).hasSize(6);
        assertThat(Mutations.of(files, units, "a", true)).extracting(Mutation::kind)
                .containsExactly("parameter", "parameter", "date", "date", "operator");
    }

    @Test
    void theBranchesOfAConsequence() {
        assertThat(Coverage.branches("insertLogical(new X());")).isEmpty();
        assertThat(Coverage.branches("Judge.on(kcontext, $a).atMost(\"x\", v, c);"))
                .containsExactlyInAnyOrder(Coverage.Branch.PASS, Coverage.Branch.NOT_PASS);
        assertThat(Coverage.branches("Judge.on(kcontext, $a).undetermined(\"no\", p);"))
                .containsExactly(Coverage.Branch.NOT_PASS);
        assertThat(Coverage.branches("Judge.on(kcontext, $a).conclusion(\"c\").holds(true, \"\");"))
                .containsExactly(Coverage.Branch.PASS);
        assertThat(Coverage.branches("Judge.on(kcontext, $a).conclusion(\"c\").pass();"))
                .containsExactly(Coverage.Branch.PASS);
        assertThat(Coverage.branches("Judge j = Judge.on(kcontext, $a); if (x) j.holds(true, \"\"); "
                + "else j.undetermined(\"?\");")).containsExactlyInAnyOrder(Coverage.Branch.PASS,
                Coverage.Branch.NOT_PASS);
    }
}
