package org.fundingrules.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fundingrules.facts.Amounts;
import org.fundingrules.facts.Judge;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;
import org.fundingrules.trace.Criterion.Table;

/**
 * The explanation, after the fact: turns what a decision rule recorded ({@link Judge.Recorded}: message keys, raw
 * values, parameter uses) and the rule's metadata into a {@link Finding}, with its English texts and JSON values,
 * once the rules have fired. The messages stay beside the texts, so every language can render them.
 */
final class Explainer {
    private Explainer() {
    }

    /** The finding of one record, its texts rendered in English from the rule set's bundles. */
    static Finding finding(Bundles bundles, Judge.Recorded r) {
        Map<String, Object> meta = r.rule().getMetaData();
        Message reason = r.reason();
        String reasonText = reason == null ? "" : english(bundles, reason);
        List<Figure> figures = new ArrayList<>(r.figures().size());
        for (Judge.Named f : r.figures()) {
            String value = f.value() instanceof Message m ? english(bundles, m) : String.valueOf(f.value());
            figures.add(new Figure(english(bundles, f.name()), value, f.unit(), f.name()));
        }
        Criterion criterion = new Criterion(
                RuleMetadata.text(meta, RuleMetadata.RULE_ID), criterionName(r.rule().getName()),
                RuleMetadata.text(meta, RuleMetadata.SOURCE), RuleMetadata.text(meta, RuleMetadata.ARTICLE),
                r.outcome(), r.statement() == null ? "" : english(bundles, r.statement()), r.statement(),
                inputs(r), r.parameters().stream().distinct()
                        .sorted(Comparator.comparing(ParameterUse::key).thenComparing(ParameterUse::validFrom))
                        .toList(),
                figures, r.comparison(), reasonText, reasonText.isEmpty() ? null : reason,
                r.missing().stream().sorted().toList(), Judge.decisive(r.rule()), table(bundles, r));
        org.fundingrules.trace.Subject ref = new org.fundingrules.trace.Subject(r.subject().subjectType(),
                r.subject().id(), r.subject().path());
        return new Finding(ref, criterion);
    }

    private static String english(Bundles bundles, Message message) {
        return bundles.render(message, Bundles.ENGLISH);
    }

    /**
     * The name of the criterion a rule records: the rule's name, without the case when the rule is one case of a
     * criterion written as several rules ({@code "Annex A: ... | the status is not eligible"}).
     */
    static String criterionName(String ruleName) {
        int bar = ruleName.indexOf(CASE_SEPARATOR);
        return bar < 0 ? ruleName : ruleName.substring(0, bar);
    }

    /** Between a criterion's name and the case a rule decides, in the rule's name. */
    static final String CASE_SEPARATOR = " | ";

    private static Table table(Bundles bundles, Judge.Recorded r) {
        if (r.tableColumns() == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>(r.tableRows().size());
        for (List<?> row : r.tableRows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(cell instanceof Message m ? english(bundles, m) : String.valueOf(cell));
            }
            rows.add(cells);
        }
        return new Table(r.tableColumns(), rows);
    }

    private static List<InputValue> inputs(Judge.Recorded r) {
        List<InputValue> all = new ArrayList<>(r.inputs().size() + r.reads().size());
        for (InputValue in : r.inputs()) {
            // a limit records its amount as read; it becomes JSON here, after the rules have fired
            all.add(in.value() instanceof JsonNode ? in
                    : new InputValue(in.path(), FundingJson.mapper().valueToTree(in.value())));
        }
        for (Judge.Read read : r.reads()) {
            all.add(new InputValue(read.path(), json(read.value())));
        }
        return all.stream().distinct().sorted(Comparator.comparing(InputValue::path)
                .thenComparing(v -> v.value().toString())).toList();
    }

    static JsonNode json(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof BigDecimal d) {
            return FundingJson.mapper().getNodeFactory().numberNode(Amounts.normalize(d));
        }
        // the common scalars directly: valueToTree gives the same node, through a serializer provider per call
        if (value instanceof String s) {
            return TextNode.valueOf(s);
        }
        if (value instanceof Boolean b) {
            return BooleanNode.valueOf(b);
        }
        if (value instanceof Integer i) {
            return IntNode.valueOf(i);
        }
        if (value instanceof Long l) {
            return LongNode.valueOf(l);
        }
        if (value instanceof java.time.LocalDate d) {
            return TextNode.valueOf(d.toString());   // ISO-8601, as the mapper writes dates
        }
        if (value instanceof Collection<?> c) {
            ArrayNode sorted = FundingJson.mapper().getNodeFactory().arrayNode(c.size());
            c.stream().map(String::valueOf).sorted().forEach(sorted::add);
            return sorted;
        }
        return FundingJson.mapper().valueToTree(value);
    }
}
