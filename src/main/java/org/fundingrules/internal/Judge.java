package org.fundingrules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fundingrules.facts.Amounts;
import org.fundingrules.facts.Subject;
import org.fundingrules.facts.Threshold;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.Comparison;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a decision rule calls in its consequence to record one criterion on one subject. The rule's citation comes
 * from its metadata; the rule supplies the statement, the values it read and the test. A terminal method
 * ({@link #atMost}, {@link #present}, {@link #holds}, ...) inserts the finding; the outcome follows from the test
 * alone, so every criterion reports pass and fail alike.
 */
public final class Judge {
    /** Where findings go while the engine runs its decide stage (the thread that fires the rules); null otherwise. */
    private static final ThreadLocal<List<Pending>> DECIDED = new ThreadLocal<>();
    private final RuleContext context;
    private final Subject subject;
    private Message statement;
    private final List<InputValue> inputs = new ArrayList<>();
    /** Values read from the case, kept as they are until the explanation is built (no JSON tree while rules fire). */
    private final List<Object[]> rawInputs = new ArrayList<>();
    private final List<ParameterUse> parameters = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private List<String> tableColumns;
    private List<? extends List<?>> tableRows;
    private Message conclusion;

    private Judge(RuleContext context, Subject subject) {
        this.context = context;
        this.subject = subject;
    }

    /**
     * Findings recorded from now on, on this thread, go to {@code into} without truth maintenance: the engine's decide
     * stage, where every fact a decision reads is final. {@code null} ends it.
     */
    static void collectInto(List<Pending> into) {
        if (into == null) {
            DECIDED.remove();
        } else {
            DECIDED.set(into);
        }
    }

    /** Starts a criterion on a subject, from a rule's consequence ({@code kcontext}). */
    public static Judge on(RuleContext context, Subject subject) {
        return new Judge(context, subject);
    }

    /** What the criterion tests, in words: a message key of the rule family's bundles and its arguments. */
    public Judge statement(String key, Object... args) {
        this.statement = Message.of(key, args);
        return this;
    }

    /** Words joined by "and" in the message's language ({@code a}, {@code a and b}, {@code a and b and c}). */
    public static Object and(List<String> words) {
        Object out = words.isEmpty() ? "" : words.get(0);
        for (int i = 1; i < words.size(); i++) {
            out = Message.of("words.and", out, words.get(i));
        }
        return out;
    }

    /** A value read from the case file. */
    public Judge input(String path, Object value) {
        rawInputs.add(new Object[] {path, value});
        return this;
    }

    /** The same field read from several subjects (for example the amount of each award summed). */
    public Judge inputs(Collection<? extends Subject> items, String field, java.util.function.Function<Object, Object> value) {
        for (Subject s : items) {
            input(s.path(field), value.apply(s));
        }
        return this;
    }

    /** A dated parameter used by the criterion. */
    public Judge parameter(ParameterUse use) {
        parameters.add(use);
        return this;
    }

    /** A figure computed by the criterion. */
    public Judge figure(String name, BigDecimal value, String unit) {
        figures.add(new Figure(name, "EUR".equals(unit) ? Amounts.plainMoney(value) : value.toPlainString(), unit));
        return this;
    }

    /**
     * A breakdown table of the criterion's figures. A cell is text, or a message rendered in English when the
     * explanation is built.
     */
    public Judge table(List<String> columns, List<? extends List<?>> rows) {
        this.tableColumns = columns;
        this.tableRows = rows;
        return this;
    }

    /** A figure that is a word, not a number (a category, an enterprise type). */
    public Judge figure(String name, String value) {
        figures.add(new Figure(name, value, ""));
        return this;
    }

    /** What a passing criterion concluded, shown as its reason (decisive criteria say what they decided). */
    public Judge conclusion(String key, Object... args) {
        return conclusion(Message.of(key, args));
    }

    /** What a passing criterion concluded, as a message built elsewhere. */
    public Judge conclusion(Message message) {
        this.conclusion = message;
        return this;
    }

    /**
     * Passes when {@code value < limit}; states the margin either way. {@code what} names the value; its English
     * text is also the name of its figure.
     */
    public void below(Message what, BigDecimal value, Threshold limit) {
        threshold(limit);
        figure(Bundles.english(what), value, limit.unit());
        boolean holds = value.compareTo(limit.amount()) < 0;
        String left = render(value, limit.unit());
        String right = render(limit.amount(), limit.unit());
        String margin = render(limit.amount().subtract(value).abs(), limit.unit());
        Message reason = holds ? Message.of("judge.below.pass", what, left, margin, limit.term())
                : value.compareTo(limit.amount()) == 0
                        ? Message.of("judge.below.reaches", what, left, limit.term(), right)
                        : Message.of("judge.below.over", what, left, limit.term(), right, margin);
        conclusion = holds ? reason : conclusion;
        record(holds ? CriterionOutcome.PASS : CriterionOutcome.FAIL, new Comparison(left, "<", right, holds),
                holds ? null : reason, List.of());
    }

    /**
     * Passes when {@code value <= limit}; a failure states the excess. {@code what} names the value; its English
     * text is also the name of its figure.
     */
    public void atMost(Message what, BigDecimal value, Threshold limit) {
        threshold(limit);
        figure(Bundles.english(what), value, limit.unit());
        boolean holds = value.compareTo(limit.amount()) <= 0;
        String left = render(value, limit.unit());
        String right = render(limit.amount(), limit.unit());
        Message reason = holds ? null : Message.of("judge.at_most.over",
                render(value.subtract(limit.amount()), limit.unit()), limit.term(), left, right);
        if (holds && conclusion == null && decisive()) {
            conclusion = Message.of("judge.at_most.within", what, left,
                    render(limit.amount().subtract(value), limit.unit()), limit.term());
        }
        record(holds ? CriterionOutcome.PASS : CriterionOutcome.FAIL, new Comparison(left, "<=", right, holds), reason,
                List.of());
    }

    /**
     * Passes when the value is present: not null, not blank, not an empty collection. A missing value is a failure
     * of the criterion (the condition requires it to be fixed), named by its path.
     */
    public void present(String path, Object value) {
        input(path, value);
        boolean holds = value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof Collection<?> c && c.isEmpty());
        record(holds ? CriterionOutcome.PASS : CriterionOutcome.FAIL, null,
                holds ? null : Message.of("judge.present.missing", path), holds ? List.of() : List.of(path));
    }

    /** Passes when the condition holds, recording the comparison it made; a failure gives the reason. */
    public void holdsWith(boolean condition, Comparison comparison, Message reasonIfNot) {
        record(condition ? CriterionOutcome.PASS : CriterionOutcome.FAIL, comparison, condition ? null : reasonIfNot,
                List.of());
    }

    /** Passes when the condition holds; a failure gives the reason. */
    public void holds(boolean condition, Message reasonIfNot) {
        record(condition ? CriterionOutcome.PASS : CriterionOutcome.FAIL, null, condition ? null : reasonIfNot,
                List.of());
    }

    /** Passes: the criterion is met by what the rule matched (its conclusion, if any, is the reason). */
    public void pass() {
        record(CriterionOutcome.PASS, null, null, List.of());
    }

    /** The criterion cannot be decided: the facts at these paths are missing. */
    public void undetermined(Message reason, String... missingPaths) {
        record(CriterionOutcome.UNDETERMINED, null, reason, List.of(missingPaths));
    }

    private void threshold(Threshold limit) {
        parameters.addAll(limit.parameters());
        inputs.addAll(limit.inputs());
        figure(Bundles.english(limit.term()), limit.amount(), limit.unit());
    }

    private boolean decisive() {
        return decisive(context.getRule());
    }

    private static boolean decisive(Rule rule) {
        return "true".equals(RuleMetadata.text(rule.getMetaData(), RuleMetadata.DECISIVE));
    }

    private void record(CriterionOutcome outcome, Comparison comparison, Message reason, List<String> missing) {
        Rule rule = context.getRule();
        if (outcome == CriterionOutcome.PASS && reason == null) {
            reason = conclusion;
        }
        Pending pending = new Pending(this, rule, outcome, comparison, reason, missing);
        List<Pending> decided = DECIDED.get();
        if (decided != null) {
            decided.add(pending);   // decide stage: the facts it read are final; explained after the rules have fired
        } else {
            // a rule that decides before the decide stage (no Decide() pattern): if a later fact invalidates the
            // match, the finding goes with it
            context.insertLogical(pending.finish());
        }
    }

    /** What a decision recorded, turned into its finding (English texts, JSON values) once the rules have fired. */
    record Pending(Judge judge, Rule rule, CriterionOutcome outcome, Comparison comparison, Message reason,
                   List<String> missing) {
        /** The finding, rendered with the bundles of the rule set bound on this thread. */
        Finding finish() {
            Map<String, Object> meta = rule.getMetaData();
            String reasonText = reason == null ? "" : Bundles.english(reason);
            Criterion criterion = new Criterion(
                    RuleMetadata.text(meta, RuleMetadata.RULE_ID), rule.getName(),
                    RuleMetadata.text(meta, RuleMetadata.SOURCE), RuleMetadata.text(meta, RuleMetadata.ARTICLE),
                    outcome, judge.statement == null ? "" : Bundles.english(judge.statement), judge.statement,
                    judge.sortedInputs(), judge.parameters.stream().distinct()
                            .sorted(Comparator.comparing(ParameterUse::key).thenComparing(ParameterUse::validFrom))
                            .toList(),
                    judge.figures, comparison, reasonText, reasonText.isEmpty() ? null : reason,
                    missing.stream().sorted().toList(), decisive(rule), judge.renderedTable());
            org.fundingrules.trace.Subject ref = new org.fundingrules.trace.Subject(judge.subject.subjectType(),
                    judge.subject.id(), judge.subject.path());
            return new Finding(ref, criterion);
        }
    }

    private org.fundingrules.trace.Table renderedTable() {
        if (tableColumns == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>(tableRows.size());
        for (List<?> row : tableRows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(cell instanceof Message m ? Bundles.english(m) : String.valueOf(cell));
            }
            rows.add(cells);
        }
        return new org.fundingrules.trace.Table(tableColumns, rows);
    }

    private List<InputValue> sortedInputs() {
        List<InputValue> all = new ArrayList<>(inputs.size() + rawInputs.size());
        all.addAll(inputs);
        for (Object[] raw : rawInputs) {
            all.add(new InputValue((String) raw[0], toJson(raw[1])));
        }
        return all.stream().distinct().sorted(Comparator.comparing(InputValue::path)
                .thenComparing(v -> v.value().toString())).toList();
    }

    private static String render(BigDecimal v, String unit) {
        return "EUR".equals(unit) ? Amounts.money(v, unit) : v.toPlainString() + (unit.isEmpty() ? "" : " " + unit);
    }

    private static JsonNode toJson(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof BigDecimal d) {
            return FundingJson.mapper().getNodeFactory().numberNode(Amounts.normalize(d));
        }
        if (value instanceof Collection<?> c) {
            List<String> sorted = c.stream().map(String::valueOf).sorted().toList();
            return FundingJson.mapper().valueToTree(sorted);
        }
        return FundingJson.mapper().valueToTree(value);
    }
}
