package org.fundingrules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Subject;
import org.fundingrules.trace.Outcome;

/**
 * A stored verdict document checked against a fresh evaluation of its case file: the receipt an auditor replays
 * years later (see {@link RuleSet#replay}).
 *
 * <p>{@code identical} holds when both digests match and the fresh evaluation is the stored document, field for
 * field, <em>except the library version</em>: a newer library that judges the same input by the same rules and says
 * the same thing reproduces the receipt; the two versions are still reported ({@link #libraryVersionThen},
 * {@link #libraryVersionNow}). Anything else that differs makes {@code identical} false and is listed: the digests,
 * the verdicts (with their criteria, figures and parameters) and the top-level fields in {@link #others}.
 *
 * <p>How items are matched: verdicts by subject type and id. Within a verdict, criteria first by rule id and the set
 * of JSON paths they read (which tells two findings of one rule apart, e.g. one per beneficiary), then the criteria
 * left over by rule id alone, each group in document order; what is still unmatched was added or removed. Figures are
 * matched by name and parameters by key, each then in document order. Statements are not used for matching, since a
 * changed parameter can change their wording ("At least 76 % ..."). Numbers are compared by value: {@code 40000} is
 * {@code 40000.00}, as a tool that reads and writes the document back may write it.
 *
 * <p>Immutable and thread-safe. Deterministic: the same bytes and rules give an equal replay (and byte-identical JSON
 * through {@link org.fundingrules.json.FundingJson#writeValue}).
 *
 * @param identical the stored document is reproduced: same input, same rules, same verdicts and trace
 * @param input the input digest stored and the one recomputed from the case bytes, as {@code evaluate} computes it
 * @param ruleSet the rule-set digest stored and the one of the rules replayed with
 * @param libraryVersionThen the library version that wrote the stored document
 * @param libraryVersionNow this library's version; a different one alone does not make the replay differ
 * @param referenceDate the case's reference date (a stored one that differs is listed in {@link #others})
 * @param verdicts the verdicts that changed, were added or removed, by subject type then id
 * @param others top-level fields other than the digests, the library version and the verdicts that differ
 *     ({@code outcome}, {@code referenceDate}, {@code notAssessed}, {@code rulesFired}), by field name
 */
public record Replay(boolean identical, Digest input, Digest ruleSet, String libraryVersionThen,
                     String libraryVersionNow, LocalDate referenceDate, List<VerdictChange> verdicts,
                     List<Change> others) {
    public Replay {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(libraryVersionThen, "libraryVersionThen");
        Objects.requireNonNull(libraryVersionNow, "libraryVersionNow");
        Objects.requireNonNull(referenceDate, "referenceDate");
        verdicts = List.copyOf(verdicts);
        others = List.copyOf(others);
    }

    /**
     * A digest as stored and as recomputed.
     *
     * @param then the digest in the stored document
     * @param now the digest recomputed
     * @param matches whether they are equal
     */
    public record Digest(String then, String now, boolean matches) {
        public Digest {
            Objects.requireNonNull(then, "then");
            Objects.requireNonNull(now, "now");
            if (matches != then.equals(now)) {
                throw new IllegalArgumentException("matches must say whether " + then + " equals " + now);
            }
        }

        public static Digest of(String then, String now) {
            return new Digest(then, now, then.equals(now));
        }
    }

    /**
     * One value that differs: a figure (by name), a parameter (by key) or a field (by name).
     *
     * @param name the figure's name, the parameter's key or the field's name
     * @param before the stored value, {@code null} when the stored document lacks it
     * @param after the fresh value, {@code null} when the fresh evaluation lacks it
     */
    public record Change(String name, String before, String after) {
        public Change {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One verdict that changed, or was added ({@code before} null) or removed ({@code after} null).
     *
     * @param subject the verdict's subject (type, id, path)
     * @param before the stored outcome, {@code null} when the verdict was added
     * @param after the fresh outcome, {@code null} when the verdict was removed
     * @param criteria the criteria that changed, were added or removed, by rule id then document order
     * @param fields other fields of the verdict that differ ({@code summary}, {@code subject.path})
     */
    public record VerdictChange(Subject subject, Outcome before, Outcome after, List<CriterionChange> criteria,
                                List<Change> fields) {
        public VerdictChange {
            Objects.requireNonNull(subject, "subject");
            criteria = List.copyOf(criteria);
            fields = List.copyOf(fields);
        }
    }

    /**
     * One criterion that changed, or was added ({@code before} null) or removed ({@code after} null).
     *
     * @param ruleId the criterion's rule id
     * @param statement its statement as stored (as evaluated now when it was added)
     * @param before the stored outcome, {@code null} when the criterion was added
     * @param after the fresh outcome, {@code null} when the criterion was removed
     * @param reasonBefore the stored reason, {@code null} when added
     * @param reasonAfter the fresh reason, {@code null} when removed
     * @param figures the figures that differ, by name (value and unit)
     * @param parameters the parameters used that differ, by key (value, unit and validity)
     * @param fields other fields that differ ({@code statement}, {@code inputs}, {@code comparison}, {@code table},
     *     ...), or {@code figures}/{@code parameters} when they differ only in order or metadata
     */
    public record CriterionChange(String ruleId, String statement, CriterionOutcome before, CriterionOutcome after,
                                  String reasonBefore, String reasonAfter, List<Change> figures,
                                  List<Change> parameters, List<Change> fields) {
        public CriterionChange {
            Objects.requireNonNull(ruleId, "ruleId");
            figures = List.copyOf(figures);
            parameters = List.copyOf(parameters);
            fields = List.copyOf(fields);
        }

        /** Whether the reason differs (or the criterion was added or removed). */
        public boolean reasonChanged() {
            return !Objects.equals(reasonBefore, reasonAfter);
        }
    }
}
