package org.fundingrules;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Problem;

/**
 * Results of batch evaluation ({@link RuleSet#evaluateAll}, {@link RuleSet#evaluateAllJson}): many cases
 * judged in parallel on one shared rule base, handed back one by one in input order.
 */
public final class Batch {
    /** The outcome name an invalid case is counted under. */
    public static final String INVALID = "INVALID";

    private Batch() {
    }

    /**
     * What one case of a batch produced: its evaluation, or the problems that kept it from one. An invalid case is
     * a result like any other; it never stops the batch.
     *
     * @param index the case's position in the input, from 0
     * @param evaluation the evaluation; null when the case is invalid
     * @param problems every problem found, by JSON path; empty when the case was evaluated
     */
    public record Result(long index, Evaluation evaluation, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
            if ((evaluation == null) == problems.isEmpty()) {
                throw new IllegalArgumentException("a result holds an evaluation or problems, not both");
            }
        }

        /** Whether the case was evaluated. */
        public boolean valid() {
            return evaluation != null;
        }

        /** {@code COMPLIANT}, {@code NON_COMPLIANT}, {@code UNDETERMINED}, or {@link #INVALID}. */
        public String outcome() {
            return valid() ? evaluation.outcome().name() : INVALID;
        }
    }

    /**
     * What a whole batch produced.
     *
     * @param cases every case read, valid or not
     * @param invalid the cases that could not be evaluated
     * @param outcomes evaluated cases by overall outcome (every outcome present, zero included)
     * @param elapsed wall time from the first case read to the last result handed over
     * @param threads the worker threads used
     */
    public record Summary(long cases, long invalid, Map<Outcome, Long> outcomes, Duration elapsed, int threads) {
        public Summary {
            Objects.requireNonNull(elapsed, "elapsed");
            outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes));
        }

        /** Cases per second over the whole batch, to one decimal. */
        public java.math.BigDecimal rate() {
            return perSecond(cases, elapsed.toNanos());
        }
    }

    /** A count per second over {@code nanos} nanoseconds, exact to one decimal (zero when no time has passed). */
    public static java.math.BigDecimal perSecond(long count, long nanos) {
        if (nanos <= 0) {
            return java.math.BigDecimal.ZERO.setScale(1);
        }
        return java.math.BigDecimal.valueOf(count).multiply(java.math.BigDecimal.valueOf(1_000_000_000L))
                .divide(java.math.BigDecimal.valueOf(nanos), 1, java.math.RoundingMode.HALF_UP);
    }

    /** Counts results as they arrive; not thread-safe (results arrive on one thread). */
    public static final class Tally {
        private final long start = System.nanoTime();
        private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        private long cases;
        private long invalid;

        public Tally() {
            for (Outcome o : Outcome.values()) {
                outcomes.put(o, 0L);
            }
        }

        /** Counts one result. */
        public void add(Result r) {
            add(r.valid() ? r.evaluation().outcome() : null);
        }

        /** Counts one case by its overall outcome; null for an invalid case. */
        public void add(Outcome outcome) {
            cases++;
            if (outcome == null) {
                invalid++;
            } else {
                outcomes.merge(outcome, 1L, Long::sum);
            }
        }

        /** Cases counted so far. */
        public long cases() {
            return cases;
        }

        /** Nanoseconds since this tally was made. */
        public long elapsedNanos() {
            return System.nanoTime() - start;
        }

        /** The summary so far. */
        public Summary summary(int threads) {
            return new Summary(cases, invalid, outcomes, Duration.ofNanos(elapsedNanos()), threads);
        }
    }
}
