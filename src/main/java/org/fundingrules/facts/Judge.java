package org.fundingrules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fundingrules.trace.Criterion.Comparison;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a decision rule calls in its consequence to record one criterion on one subject, in one statement:
 * {@code Judge.on(kcontext, $tp).statement(...).input(...).atMost(...)}. The rule's citation comes from its metadata;
 * the rule supplies the statement, the values it read and the test. A terminal method ({@link #atMost},
 * {@link #present}, {@link #holds}, ...) records the criterion; the outcome follows from the test alone, so every
 * criterion reports pass and fail alike.
 *
 * <p>Nothing is rendered here: the record keeps message keys, raw values and parameter uses, and the engine's
 * explainer turns it into English, French and JSON once the rules have fired.
 */
public final class Judge {
    /** Where records go while the engine runs its decide stage (the thread that fires the rules); null otherwise. */
    private static final ThreadLocal<List<Recorded>> DECIDED = new ThreadLocal<>();
    private final RuleContext context;
    private final Subject subject;
    private Message statement;
    private final List<InputValue> inputs = new ArrayList<>();
    private final List<Read> reads = new ArrayList<>();
    private final List<ParameterUse> parameters = new ArrayList<>();
    private final List<Named> figures = new ArrayList<>();
    private List<String> tableColumns;
    private List<? extends List<?>> tableRows;
    private Message conclusion;

    private Judge(RuleContext context, Subject subject) {
        this.context = context;
        this.subject = subject;
    }

    /** A value read from the case file, kept as it is until the explanation is built. */
    public record Read(String path, Object value) {
    }

    /** A figure: its name as a message (so every language names it), its value (text, or a message), its unit. */
    public record Named(Message name, Object value, String unit) {
    }

    /**
     * What one criterion recorded, for the engine's explainer: the rule that fired, its subject, the outcome and the
     * material of its explanation, all unrendered.
     */
    public record Recorded(Rule rule, Subject subject, CriterionOutcome outcome, Message statement,
                           List<InputValue> inputs, List<Read> reads, List<ParameterUse> parameters,
                           List<Named> figures, List<String> tableColumns, List<? extends List<?>> tableRows,
                           Comparison comparison, Message reason, List<String> missing) {
    }

    /**
     * For the engine, not for rules: criteria recorded from now on, on this thread, go to {@code into} without truth
     * maintenance (the decide stage, where every fact a decision reads is final). {@code null} ends it.
     */
    public static void collectInto(List<Recorded> into) {
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

    /** What the criterion tests, as a message built by a derivation. */
    public Judge statement(Message message) {
        this.statement = message;
        return this;
    }

    /** A value read from the case file. */
    public Judge input(String path, Object value) {
        reads.add(new Read(path, value));
        return this;
    }

    /** The same field read from several subjects (for example the amount of each award summed). */
    public Judge inputs(Collection<? extends Subject> items, String field, java.util.function.Function<Object, Object> value) {
        for (Subject s : items) {
            input(s.path(field), value.apply(s));
        }
        return this;
    }

    /** A value read from each of several items, at the path each gives. */
    public Judge inputs(Collection<?> items, java.util.function.Function<Object, String> path,
                        java.util.function.Function<Object, Object> value) {
        for (Object item : items) {
            input(path.apply(item), value.apply(item));
        }
        return this;
    }

    /** A dated parameter used by the criterion. */
    public Judge parameter(ParameterUse use) {
        parameters.add(use);
        return this;
    }

    /** Dated parameters used by the criterion. */
    public Judge parameters(Collection<ParameterUse> uses) {
        parameters.addAll(uses);
        return this;
    }

    /** A figure computed by the criterion, named by a message ({@code Words.of("state_aid.figure.new_aid")}). */
    public Judge figure(Message name, BigDecimal value, String unit) {
        figures.add(new Named(name, "EUR".equals(unit) ? Amounts.plainMoney(value) : value.toPlainString(), unit));
        return this;
    }

    /** A figure that is a word, not a number (a category, an enterprise type). */
    public Judge figure(Message name, String value) {
        figures.add(new Named(name, value, ""));
        return this;
    }

    /** A figure that is a word of the bundles (a type, a term: a message, rendered in each language) or a text. */
    public Judge figure(Message name, Object value) {
        figures.add(new Named(name, value, ""));
        return this;
    }

    /**
     * A breakdown table of the criterion's figures. A cell is text, or a message rendered when the explanation is
     * built.
     */
    public Judge table(List<String> columns, List<? extends List<?>> rows) {
        this.tableColumns = columns;
        this.tableRows = rows;
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

    /** Passes when {@code value < limit}; states the margin either way. {@code what} names the value and its figure. */
    public void below(Message what, BigDecimal value, Threshold limit) {
        threshold(limit);
        figure(what, value, limit.unit());
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

    /** Passes when {@code value <= limit}; a failure states the excess. {@code what} names the value and its figure. */
    public void atMost(Message what, BigDecimal value, Threshold limit) {
        threshold(limit);
        figure(what, value, limit.unit());
        boolean holds = value.compareTo(limit.amount()) <= 0;
        String left = render(value, limit.unit());
        String right = render(limit.amount(), limit.unit());
        Message reason = holds ? null : Message.of("judge.at_most.over",
                render(value.subtract(limit.amount()), limit.unit()), limit.term(), left, right);
        if (holds && conclusion == null && decisive(context.getRule())) {
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

    /**
     * Passes, recording the comparison the rule's conditions made ({@code left operator right}, as written in the
     * trace): for a rule whose conditions are the case where the test holds.
     */
    public void passes(String left, String operator, String right) {
        record(CriterionOutcome.PASS, new Comparison(left, operator, right, true), null, List.of());
    }

    /**
     * Fails for the reason given, recording the comparison the rule's conditions made: for a rule whose conditions
     * are the case where the test does not hold.
     */
    public void fails(String left, String operator, String right, Message reason) {
        record(CriterionOutcome.FAIL, new Comparison(left, operator, right, false), reason, List.of());
    }

    /** Values read from the case file, at their paths (for example every line a sum adds up). */
    public Judge reads(Collection<Read> values) {
        reads.addAll(values);
        return this;
    }

    /** Fails for the reason given: the rule's conditions matched the failure. */
    public void fail(Message reason) {
        record(CriterionOutcome.FAIL, null, reason, List.of());
    }

    /** Passes: the criterion is met by what the rule matched (its conclusion, if any, is the reason). */
    public void pass() {
        record(CriterionOutcome.PASS, null, null, List.of());
    }

    /** The criterion cannot be decided: the facts at these paths are missing. */
    public void undetermined(Message reason, String... missingPaths) {
        record(CriterionOutcome.UNDETERMINED, null, reason, List.of(missingPaths));
    }

    /** The criterion cannot be decided: the facts at these paths are missing. */
    public void undetermined(Message reason, Collection<String> missingPaths) {
        record(CriterionOutcome.UNDETERMINED, null, reason, List.copyOf(missingPaths));
    }

    private void threshold(Threshold limit) {
        parameters.addAll(limit.parameters());
        inputs.addAll(limit.inputs());
        figure(limit.term(), limit.amount(), limit.unit());
    }

    /** Whether the rule's metadata marks it decisive ({@code @decisive(true)}): its pass says what it decided. */
    public static boolean decisive(Rule rule) {
        Object v = rule.getMetaData().get("decisive");
        return v != null && "true".equals(v.toString().trim().replace("\"", ""));
    }

    private void record(CriterionOutcome outcome, Comparison comparison, Message reason, List<String> missing) {
        if (outcome == CriterionOutcome.PASS && reason == null) {
            reason = conclusion;
        }
        Recorded recorded = new Recorded(context.getRule(), subject, outcome, statement, List.copyOf(inputs),
                List.copyOf(reads), List.copyOf(parameters), List.copyOf(figures), tableColumns, tableRows,
                comparison, reason, missing);
        List<Recorded> decided = DECIDED.get();
        if (decided != null) {
            decided.add(recorded);   // decide stage: the facts it read are final; explained after the rules have fired
        } else {
            // a rule that decides before the decide stage (no Decide() pattern): if a later fact invalidates the
            // match, the record goes with it
            context.insertLogical(recorded);
        }
    }

    private static String render(BigDecimal v, String unit) {
        return "EUR".equals(unit) ? Amounts.money(v, unit) : v.toPlainString() + (unit.isEmpty() ? "" : " " + unit);
    }
}
