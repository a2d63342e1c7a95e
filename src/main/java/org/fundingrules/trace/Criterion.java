package org.fundingrules.trace;

import java.util.List;
import java.util.Objects;

/**
 * One legal criterion applied to one subject, pass or fail, with everything needed to check it by hand.
 *
 * @param ruleId stable id of the legal criterion ({@code @ruleId} of the rule)
 * @param rule the rule's name as written in the DRL file
 * @param source id of the legal instrument ({@code @source})
 * @param article the article, paragraph or point applied ({@code @article})
 * @param outcome pass, fail or undetermined
 * @param statement what the criterion tests, in words (English)
 * @param statementMessage the statement as a message key and arguments, to show it in another language
 * @param inputs the values read from the case file, with their JSON paths
 * @param parameters the dated parameters used
 * @param figures the figures computed
 * @param comparison the test applied, or {@code null} when the criterion is a presence or membership check
 *     described by its statement alone
 * @param reason for a failure, the margin to passing or why it fails; for an undetermined outcome, what is
 *     missing; for a pass, empty or the conclusion drawn (a decisive criterion says what it decided); English
 * @param reasonMessage the reason as a message key and arguments, or {@code null} when the reason is empty
 * @param missingFacts JSON paths of the facts the criterion needed and did not find
 * @param decisive whether the criterion decides the verdict; when a subject has decisive criteria, its outcome
 *     follows from them alone and the others are the supporting trace (a size test of one accounting period
 *     can fail while the status, kept by the two-period rule, passes)
 * @param table a breakdown of the figures, or {@code null}
 */
public record Criterion(String ruleId, String rule, String source, String article, CriterionOutcome outcome,
                        String statement, Message statementMessage, List<InputValue> inputs,
                        List<ParameterUse> parameters, List<Figure> figures, Comparison comparison, String reason,
                        Message reasonMessage, List<String> missingFacts,
                        boolean decisive, Table table) {
    public Criterion {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(outcome, "outcome");
        inputs = List.copyOf(inputs);
        parameters = List.copyOf(parameters);
        figures = List.copyOf(figures);
        reason = reason == null ? "" : reason;
        missingFacts = List.copyOf(missingFacts);
    }

    /**
     * The test a criterion applied, written out: {@code 64500.00 EUR <= 60000.00 EUR}.
     *
     * @param left the value tested
     * @param operator one of {@code <=}, {@code <}, {@code >=}, {@code >}, {@code ==}, {@code !=}, {@code in},
     *     {@code not in}, {@code present}
     * @param right the limit or reference it was tested against
     * @param holds whether the test holds
     */
    public record Comparison(String left, String operator, String right, boolean holds) {
        public Comparison {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
        }
    }

    /**
     * A small table in a criterion's trace, for figures that have several parts (for example which enterprise
     * contributed what share of an aggregated headcount, and why). Cells are text, exact decimals written plain.
     *
     * @param columns column headings
     * @param rows the rows, each with one cell per column, in a fixed order
     */
    public record Table(List<String> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("row " + r + " does not have " + columns.size() + " cells");
                }
            }
            Objects.requireNonNull(columns);
        }
    }
}
