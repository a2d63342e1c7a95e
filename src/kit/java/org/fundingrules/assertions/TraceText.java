package org.fundingrules.assertions;

import java.util.stream.Collectors;
import org.fundingrules.trace.Verdict;
import org.fundingrules.trace.Criterion.Comparison;
import org.fundingrules.trace.Criterion;

/** The excerpts of a trace that failure messages quote: short enough to read in a test report. */
final class TraceText {
    private TraceText() {
    }

    /** {@code THIRD_PARTY tp-x: NON_COMPLIANT -- summary}. */
    static String subject(Verdict v) {
        return v.subject().type() + " " + v.subject().id() + ": " + v.outcome() + " -- " + v.summary();
    }

    /** The verdict's line and one line per criterion (outcome, rule id, citation, reason). */
    static String verdict(Verdict v) {
        return subject(v) + v.criteria().stream()
                .map(c -> "\n    [" + c.outcome() + "] " + c.ruleId() + " (" + c.article() + ")"
                        + (c.reason().isEmpty() ? "" : ": " + c.reason()))
                .collect(Collectors.joining());
    }

    /** One criterion in full: rule id, citation, statement, test, reason, parameters and figures. */
    static String criterion(Criterion c, Verdict in) {
        StringBuilder b = new StringBuilder();
        if (in != null) {
            b.append("  in ").append(subject(in)).append('\n');
        }
        b.append("    [").append(c.outcome()).append("] ").append(c.ruleId()).append(c.decisive() ? " (decisive)" : "")
                .append("\n      cites: ").append(c.source()).append(", ").append(c.article())
                .append("\n      statement: ").append(c.statement());
        Comparison t = c.comparison();
        if (t != null) {
            b.append("\n      test: ").append(t.left()).append(' ').append(t.operator()).append(' ').append(t.right())
                    .append(t.holds() ? " (holds)" : " (does not hold)");
        }
        if (!c.reason().isEmpty()) {
            b.append("\n      reason: ").append(c.reason());
        }
        c.parameters().forEach(p -> b.append("\n      parameter: ").append(p.key()).append(" = ").append(p.value())
                .append(' ').append(p.unit()));
        c.figures().forEach(f -> b.append("\n      figure: ").append(f.name()).append(" = ").append(f.value())
                .append(f.unit().isEmpty() ? "" : " " + f.unit()));
        c.missingFacts().forEach(m -> b.append("\n      missing: ").append(m));
        return b.toString();
    }
}
