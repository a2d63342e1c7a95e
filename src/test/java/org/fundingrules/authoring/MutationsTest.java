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
