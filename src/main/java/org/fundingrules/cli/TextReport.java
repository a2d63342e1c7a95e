package org.fundingrules.cli;

import java.util.Locale;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.Messages;
import org.fundingrules.trace.Evaluation.NotAssessed;
import org.fundingrules.trace.Verdict;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.ParameterUse;
import org.fundingrules.trace.Evaluation.RuleFiring;

/**
 * A readable rendering of an evaluation: every verdict, and under it the trace of each criterion. Statements,
 * reasons, summaries and figure names are rendered from the rule set's message bundles in the language asked for; the
 * report's own labels and breakdown tables stay in English.
 */
final class TextReport {
    private TextReport() {
    }

    static String render(Evaluation e, Messages messages, Locale lang) {
        StringBuilder b = new StringBuilder();
        b.append("fundingrules ").append(e.libraryVersion()).append(" -- reference date ").append(e.referenceDate())
                .append('\n');
        b.append("rules ").append(e.ruleSetDigest()).append('\n');
        b.append("input ").append(e.inputDigest()).append('\n');
        b.append("overall: ").append(e.outcome()).append(" (").append(e.verdicts().size()).append(" verdicts)\n");
        for (Verdict v : e.verdicts()) {
            b.append('\n');
            verdict(b, v, messages, lang);
        }
        if (!e.notAssessed().isEmpty()) {
            b.append("\nread without a verdict of their own:\n");
            for (NotAssessed n : e.notAssessed()) {
                b.append("  ").append(n.path()).append(" -- ").append(n.reason()).append('\n');
            }
        }
        b.append("\nrules fired:\n");
        for (RuleFiring r : e.rulesFired()) {
            b.append("  ").append(r.ruleId()).append(" x").append(r.firings()).append("  (").append(r.source())
                    .append(", ").append(r.article()).append(")\n");
        }
        return b.toString();
    }

    /** One verdict and the trace of each of its criteria, in English (the texts the verdict document carries). */
    static void verdict(StringBuilder b, Verdict v) {
        verdict(b, v, null, Locale.ENGLISH);
    }

    /** One verdict and the trace of each of its criteria, its texts in a language ({@code messages} null: English). */
    static void verdict(StringBuilder b, Verdict v, Messages messages, Locale lang) {
        b.append(v.outcome()).append("  ").append(v.subject().type()).append(' ')
                .append(v.subject().id()).append("  -- ")
                .append(messages == null ? v.summary() : messages.summary(v, lang)).append('\n');
        for (Criterion c : v.criteria()) {
            b.append("  [").append(c.outcome()).append("] ").append(c.ruleId()).append("  (")
                    .append(c.source()).append(", ").append(c.article()).append(")\n");
            b.append("      ").append(messages == null ? c.statement() : messages.statement(c, lang)).append('\n');
            if (c.comparison() != null) {
                b.append("      test: ").append(c.comparison().left()).append(' ').append(c.comparison().operator())
                        .append(' ').append(c.comparison().right()).append('\n');
            }
            String reason = messages == null ? c.reason() : messages.reason(c, lang);
            if (!reason.isEmpty()) {
                b.append("      why: ").append(reason).append('\n');
            }
            for (Figure f : c.figures()) {
                b.append("      figure: ").append(messages == null ? f.name() : messages.figureName(f, lang)).append(" = ").append(f.value())
                        .append(f.unit().isEmpty() ? "" : " " + f.unit()).append('\n');
            }
            for (ParameterUse p : c.parameters()) {
                b.append("      parameter: ").append(p.key()).append(" = ").append(p.value()).append(' ')
                        .append(p.unit()).append(" (from ").append(p.validFrom())
                        .append(p.validUntil() == null ? "" : " to " + p.validUntil()).append("; ")
                        .append(p.source()).append(", ").append(p.article()).append(")\n");
            }
            for (InputValue i : c.inputs()) {
                b.append("      read: ").append(i.path()).append(" = ").append(FundingJson.display(i.value())).append('\n');
            }
            if (c.table() != null) {
                b.append("      ").append(String.join(" | ", c.table().columns())).append('\n');
                for (java.util.List<String> row : c.table().rows()) {
                    b.append("      ").append(String.join(" | ", row)).append('\n');
                }
            }
            for (String m : c.missingFacts()) {
                b.append("      missing: ").append(m).append('\n');
            }
        }
    }

}
