package org.fundingrules.trace;

import java.util.List;
import java.util.Objects;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.Subject;

/**
 * The verdict on one subject of the case file, with the trace of every criterion applied to it.
 *
 * <p>Immutable and thread-safe. Criteria are sorted by rule id, then by statement.
 *
 * @param subject what the verdict is about
 * @param outcome compliant, non-compliant or undetermined
 * @param summary one line saying why (English)
 * @param summaryMessage the summary as a message key and arguments, to show it in another language
 * @param criteria every criterion applied to the subject, pass or fail
 */
public record Verdict(Subject subject, Outcome outcome, String summary, Message summaryMessage,
                      List<Criterion> criteria) {
    public Verdict {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(summaryMessage, "summaryMessage");
        criteria = List.copyOf(criteria);
    }
}
