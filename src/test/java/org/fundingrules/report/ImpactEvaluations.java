package org.fundingrules.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Criterion.Table;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Subject;
import org.fundingrules.trace.SubjectType;
import org.fundingrules.trace.Verdict;

/**
 * Evaluations built by hand with the criterion {@code impact.indicators}, as the rule family that aggregates the
 * innovation indicators writes it, for the report tests: open call oc1 reported two periods, the second without
 * turnover; the action adds its own plan, whose first period ends with oc1's.
 */
final class ImpactEvaluations {
    static final String ACTION = "act-1";
    /** The columns as the rule writes them. */
    static final List<String> COLUMNS = org.fundingrules.facts.ImpactFacts.IndicatorTotals.COLUMNS;
    static final List<String> OC1_P1 = List.of("oc1", "p1", "2023-06-30", "4", "3", "1", "0", "2", "1", "2",
            "1250000.00", "1000000.00");
    static final List<String> OC1_P2 = List.of("oc1", "p2", "2023-12-31", "5", "2", "0", "1", "0", "3", "1", "", "");
    static final List<String> ACTION_P1 = List.of("action", "p1", "2023-06-30", "2", "4", "2", "1", "0", "0", "1",
            "300000.00", "250000.00");
    /** The message key of the products figure's name (a bundle the French test writes). */
    static final String PRODUCTS_FIGURE = "impact.figure.products";

    private ImpactEvaluations() {
    }

    /** oc1 and the action, each with its indicators. */
    static Evaluation evaluation() {
        return evaluation("oc1", new Table(COLUMNS, List.of(OC1_P1, OC1_P2)),
                new Table(COLUMNS, List.of(ACTION_P1, OC1_P1, OC1_P2)));
    }

    /**
     * The action's verdict and an open call's, each with an {@code impact.indicators} criterion: the call's products
     * 3 + 2 = 5 and turnover growth 1 250 000.00 - 1 000 000.00; the action's 4 + 3 + 2 = 9 and
     * 1 550 000.00 - 1 250 000.00.
     */
    static Evaluation evaluation(String call, Table callTable, Table actionTable) {
        return evaluation(List.of(
                verdict(SubjectType.ACTION, ACTION, indicators("all plans", actionTable, "9", "300000.00")),
                verdict(SubjectType.OPEN_CALL, call, indicators("open call " + call, callTable, "5", "250000.00"))));
    }

    /** An evaluation none of whose verdicts aggregates indicators. */
    static Evaluation without() {
        Criterion other = new Criterion("fstp.call.published", "call published", "h2020_general_annex_k", "K",
                CriterionOutcome.PASS, "The call is published", null, List.of(), List.of(), List.of(), null, "", null,
                List.of(), false, null);
        return evaluation(List.of(verdict(SubjectType.ACTION, ACTION, other)));
    }

    /** The table without one of its columns. */
    static Table dropping(String column, Table t) {
        int at = t.columns().indexOf(column);
        List<String> columns = new ArrayList<>(t.columns());
        columns.remove(at);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : t.rows()) {
            List<String> row = new ArrayList<>(r);
            row.remove(at);
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    private static Criterion indicators(String who, Table table, String products, String growth) {
        return new Criterion("impact.indicators", "innovation indicators", "h2020_general_annex_k", "K",
                CriterionOutcome.PASS, "The innovation indicators of " + who + ", by reporting period", null,
                List.of(), List.of(), List.of(
                        new Figure("new or significantly improved products", products, "",
                                Message.of(PRODUCTS_FIGURE)),
                        new Figure("turnover growth", growth, "EUR")),
                null, "reported by " + who, null, List.of(), false, table);
    }

    private static Verdict verdict(SubjectType type, String id, Criterion c) {
        return new Verdict(new Subject(type, id, "$." + type.name().toLowerCase(java.util.Locale.ROOT)),
                Outcome.COMPLIANT, "compliant", Message.of("impact.summary"), List.of(c));
    }

    private static Evaluation evaluation(List<Verdict> verdicts) {
        return new Evaluation("0.0.0-test", LocalDate.of(2024, 1, 15), "0".repeat(64), "1".repeat(64),
                Outcome.COMPLIANT, verdicts, List.of(), List.of());
    }
}
