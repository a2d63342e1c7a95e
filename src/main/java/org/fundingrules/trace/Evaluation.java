package org.fundingrules.trace;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fundingrules.trace.Evaluation.RuleFiring;
import org.fundingrules.trace.SubjectType;

/**
 * The result of evaluating one case file: one verdict per subject, and what an auditor needs to prove later which
 * rules judged which input.
 *
 * <p>Immutable and thread-safe. Deterministic: the same case and rule set give an equal evaluation (and
 * byte-identical JSON through {@code FundingRules.toJson}), whatever the order of the input's arrays.
 *
 * @param libraryVersion version of fundingrules that produced it
 * @param referenceDate the case's reference date: the date the rules were applied as of
 * @param ruleSetDigest SHA-256 over every DRL file, parameter file and the source register, by path
 * @param inputDigest SHA-256 over the canonical form of the case (arrays sorted, keys sorted)
 * @param outcome the worst outcome over all verdicts
 * @param verdicts one per subject, in this order: the action, each open call, each third party, each award, each
 *     enterprise whose SME status is asked for, each view of the budget (planned, actual); by id within a kind
 * @param notAssessed items read by rules but without a verdict of their own
 * @param rulesFired the rules that fired, with their citations
 */
public record Evaluation(String libraryVersion, LocalDate referenceDate, String ruleSetDigest, String inputDigest,
                         Outcome outcome, List<Verdict> verdicts, List<NotAssessed> notAssessed,
                         List<RuleFiring> rulesFired) {
    public Evaluation {
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(ruleSetDigest, "ruleSetDigest");
        Objects.requireNonNull(inputDigest, "inputDigest");
        Objects.requireNonNull(outcome, "outcome");
        verdicts = List.copyOf(verdicts);
        notAssessed = List.copyOf(notAssessed);
        rulesFired = List.copyOf(rulesFired);
    }

    /** The verdict on one subject, if the case has it. */
    public Optional<Verdict> verdict(SubjectType type, String id) {
        return verdicts.stream()
                .filter(v -> v.subject().type() == type && v.subject().id().equals(id))
                .findFirst();
    }

    /**
     * An item of the case file that no rule family in force judges on its own, listed so that nothing in the input is
     * silently dropped.
     *
     * @param path JSON path of the item
     * @param reason why it has no verdict of its own, and where it was read
     */
    public record NotAssessed(String path, String reason) {
        public NotAssessed {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A rule that fired during the evaluation, with its citation and how many times it fired.
     *
     * @param ruleId the rule's {@code @ruleId}
     * @param rule the rule's name
     * @param source the rule's {@code @source}
     * @param article the rule's {@code @article}
     * @param firings number of times it fired (once per matching subject)
     */
    public record RuleFiring(String ruleId, String rule, String source, String article, int firings) {
    }
}
