package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.facts.BudgetView;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.fundingrules.trace.Evaluation;

/**
 * A budget line without "spent", whatever its purpose, leaves the SME share of the actuals undetermined, naming the
 * line; found by the hostile campaign, where an SME's own line (l02) or a services line (l06) without "spent" ended in
 * a NullPointerException in the INNOSUP-01 share rule instead of a verdict.
 */
class BudgetNotReportedTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** Lines of examples/amulet/case.json: 0-1 own work of SME beneficiaries, 2 support to third parties, 3-5
     * services to SMEs, 6-8 other costs. */
    @ParameterizedTest(name = "budgetLines[{0}] without spent")
    @ValueSource(ints = {0, 1, 2, 3, 5, 8})
    void aLineWithoutSpentLeavesTheActualShareUndeterminedNamingIt(int line) throws Exception {
        ObjectNode root = (ObjectNode) PLAIN.readTree(Files.readAllBytes(Path.of("examples/amulet/case.json")));
        ObjectNode removed = (ObjectNode) root.get("budgetLines").get(line);
        removed.remove("spent");

        Evaluation e = TestCases.RULES.evaluateJson(PLAIN.writeValueAsString(root));

        Criterion share = e.verdict(SubjectType.BUDGET, BudgetView.ACTUAL).orElseThrow().criteria().stream()
                .filter(c -> c.ruleId().equals("budget.sme_share")).findFirst().orElseThrow();
        assertThat(share.outcome()).isEqualTo(CriterionOutcome.UNDETERMINED);
        assertThat(share.missingFacts()).containsExactly("$.budgetLines[?(@.id=='" + removed.get("id").asText() + "')].spent");
        // the plan does not need spending: still judged
        Criterion planned = e.verdict(SubjectType.BUDGET, BudgetView.PLANNED).orElseThrow().criteria().stream()
                .filter(c -> c.ruleId().equals("budget.sme_share")).findFirst().orElseThrow();
        assertThat(planned.outcome()).isEqualTo(CriterionOutcome.PASS);
    }
}
