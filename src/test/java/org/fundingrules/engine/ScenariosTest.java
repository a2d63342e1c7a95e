package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fundingrules.authoring.AuthoringFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison of a scenario's expectation with an evaluation, here its {@code explain} part (a criterion's input
 * paths and table rows) and the keys it does not know, on the SME family and one small group: app is 40 % held by a
 * venture capital company and 30 % by another, and holds 60 % of sub.
 */
class ScenariosTest {
    @TempDir
    static Path temp;

    private static Engine engine;

    @BeforeAll
    static void loadTheSmeFamily() throws IOException {
        engine = Engine.load(RuleFiles.folder(AuthoringFixtures.copyFamilies(temp.resolve("rules"), "sme")));
    }

    private static final String FILE = """
            base:
              referenceDate: 2024-06-30
              action:
                id: SCN-EXPLAIN
                programme: H2020
                topic: INNOSUP-01-2018-2020
                startDate: 2021-09-01
                durationMonths: 36
                totalCost: { amount: "1000000.00", currency: EUR }
              enterprises:
                - { id: app, name: Applicant Srl, kind: ENTERPRISE, assess: true, accounts: [ { periodEnd: 2023-12-31, basis: APPROVED, staffAwu: 20, turnover: { amount: "3000000.00", currency: EUR }, balanceSheetTotal: { amount: "2500000.00", currency: EUR } } ] }
                - { id: sub, name: Subsidiary Srl, kind: ENTERPRISE, accounts: [ { periodEnd: 2023-12-31, basis: APPROVED, staffAwu: 10, turnover: { amount: "1000000.00", currency: EUR }, balanceSheetTotal: { amount: "1000000.00", currency: EUR } } ] }
                - { id: vc1, name: Venture One, kind: VENTURE_CAPITAL_COMPANY }
                - { id: vc2, name: Venture Two, kind: VENTURE_CAPITAL_COMPANY }
              holdings:
                - { id: h-vc1, holderId: vc1, heldId: app, capitalShare: 40, votingShare: 40 }
                - { id: h-vc2, holderId: vc2, heldId: app, capitalShare: 30, votingShare: 30 }
                - { id: h-sub, holderId: app, heldId: sub, capitalShare: 60, votingShare: 60 }
            scenarios:
              - name: explained
                source: "app 20 + sub 10 = 30 AWU; both venture capital companies exempt"
                expect:
                  ENTERPRISE app:
            %s
            """;

    private static final String VC1 = "$.holdings[?(@.id=='h-vc1')]";
    private static final String VC2 = "$.holdings[?(@.id=='h-vc2')]";
    private static final String APP_ROW = "[\"app\", \"100 %\", \"20\", \"3000000\", \"2500000\", \"own\"]";
    private static final String SUB_ROW = "[\"sub\", \"100 %\", \"10\", \"1000000\", \"1000000\","
            + " \"linked (majority of the voting rights (Art. 3(3)(a)))\"]";
    private static final String TOTAL_ROW = "[\"total\", \"\", \"30\", \"4000000\", \"3500000\","
            + " \"latest period ending 2023-12-31\"]";

    /** The differences of the one scenario whose subject expectation is {@code expectation} (YAML, indented). */
    private static List<String> differences(String expectation) {
        String indented = expectation.lines().map(l -> "        " + l).reduce((a, b) -> a + "\n" + b).orElse("");
        List<Scenarios.Scenario> s = Scenarios.parse("sme/scenarios/explain.yaml", FILE.formatted(indented));
        return Scenarios.check(engine, s.get(0));
    }

    @Test
    void inputsAreASetOfPathsAndRowsTheWholeTableInOrderOrSomeOfIt() {
        assertThat(differences("""
                explain:
                  sme.enterprise_type:
                    inputs: ["%s", "%s"]
                    rows: [%s, %s, %s]
                    rowsContain: [%s]
                  sme.public_bodies: { inputs: [], rowsContain: [] }
                """.formatted(VC2, VC1, APP_ROW, SUB_ROW, TOTAL_ROW, SUB_ROW))).isEmpty();
    }

    @Test
    void aMissingAndAnUnexpectedInputPathAreNamedWithBothSets() {
        assertThat(differences("""
                explain: { sme.enterprise_type: { inputs: ["%s", "$.holdings[?(@.id=='h-sub')]"] } }
                """.formatted(VC1))).containsExactly("ENTERPRISE app: criterion sme.enterprise_type inputs expected "
                + "[\"$.holdings[?(@.id=='h-sub')]\",\"" + VC1 + "\"], got [\"" + VC1 + "\",\"" + VC2 + "\"] "
                + "(missing [\"$.holdings[?(@.id=='h-sub')]\"]; not expected [\"" + VC2 + "\"])");
    }

    @Test
    void eachTableRowThatDiffersIsReportedWithItsNumberAndAMissingRowAsNone() {
        String sub = SUB_ROW.replace("linked (majority of the voting rights (Art. 3(3)(a)))", "linked");
        assertThat(differences("""
                explain: { sme.enterprise_type: { rows: [%s, %s] } }
                """.formatted(APP_ROW, sub))).containsExactly(
                "ENTERPRISE app: criterion sme.enterprise_type table row 2 expected " + compact(sub) + ", got "
                        + compact(SUB_ROW),
                "ENTERPRISE app: criterion sme.enterprise_type table row 3 expected none, got " + compact(TOTAL_ROW));
    }

    @Test
    void aRowTheTableDoesNotHaveIsReportedWithTheRowsItHas() {
        String sub = SUB_ROW.replace("100 %", "60 %");
        assertThat(differences("""
                explain: { sme.enterprise_type: { rowsContain: [%s, %s] } }
                """.formatted(TOTAL_ROW, sub))).containsExactly(
                "ENTERPRISE app: criterion sme.enterprise_type table has no row " + compact(sub) + " (rows: ["
                        + compact(APP_ROW) + "," + compact(SUB_ROW) + "," + compact(TOTAL_ROW) + "])");
    }

    @Test
    void aCriterionNotAppliedUnknownKeysAndMalformedValuesAreDifferences() {
        assertThat(differences("""
                explian: { sme.enterprise_type: { inputs: [] } }
                explain:
                  sme.no_such_rule: { inputs: [] }
                  sme.enterprise_type: { row: [], inputs: { a: b } }
                  sme.public_bodies: { rows: [ "app" ] }
                  sme.status: PASS
                """)).containsExactly(
                "ENTERPRISE app: unknown key 'explian' (known: outcome, criteria, figures, reasonContains, explain)",
                "ENTERPRISE app: criterion sme.no_such_rule was not applied (expected its explanation)",
                "ENTERPRISE app: criterion sme.enterprise_type: unknown explain key 'row' (known: inputs, rows,"
                        + " rowsContain)",
                "ENTERPRISE app: criterion sme.enterprise_type: inputs must be a list of texts, got {\"a\":\"b\"}",
                "ENTERPRISE app: criterion sme.public_bodies: rows (row 1) must be a list of texts, got \"app\"",
                "ENTERPRISE app: criterion sme.status: explain expects inputs, rows, rowsContain, got \"PASS\"");
    }

    /** A row as the differences write it: a JSON array without spaces. */
    private static String compact(String row) {
        return row.replace("\", \"", "\",\"");
    }
}
