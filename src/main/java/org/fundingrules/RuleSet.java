package org.fundingrules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.trace.Verdict;

/**
 * A rule set that judges case files: the packaged rules, a rules folder, or a watched rules folder, all alike. Get one
 * from {@link FundingRules#packaged()} or {@link FundingRules#builder()}.
 *
 * <pre>{@code
 * RuleSet rules = FundingRules.packaged();               // load once
 * Evaluation result = rules.evaluate(caseFile);          // from any thread
 * }</pre>
 *
 * <p>Thread-safe: each evaluation runs in its own session and shares no mutable state. Deterministic: the same case
 * and rules give an equal {@link Evaluation}, whatever the order of the input's arrays and whatever the thread. A
 * watched rule set evaluates each call on the rules serving when the call starts, which the evaluation names by its
 * {@code ruleSetDigest}.
 */
public interface RuleSet extends AutoCloseable {

    /**
     * Evaluates a case file given as Java records.
     *
     * @throws InvalidCaseException with every problem, by JSON path; no verdict is produced then
     */
    Evaluation evaluate(CaseFile caseFile);

    /**
     * Evaluates a case file given as JSON text.
     *
     * @throws InvalidCaseException when the JSON is malformed or the case invalid
     */
    Evaluation evaluateJson(String json);

    /**
     * Evaluates a stream of cases in parallel, handing each result to {@code sink} on the calling thread, in input
     * order. The stream is read on the calling thread, at most a few cases per worker ahead of the results handed
     * over, so memory does not grow with the number of cases. An invalid case gives a result with its problems and
     * the batch goes on; so does a case whose evaluation fails unexpectedly (code {@code evaluation_failed}).
     *
     * @param cases the cases, read once, in order
     * @param threads worker threads (at least 1); {@code Runtime.getRuntime().availableProcessors()} is a good default
     * @param sink receives every result, in input order, on the calling thread
     * @return the counts per outcome, the invalid cases and the time taken
     */
    Batch.Summary evaluateAll(Stream<CaseFile> cases, int threads, Consumer<? super Batch.Result> sink);

    /**
     * Like {@link #evaluateAll}, for cases given as JSON text (one document per element, e.g. the lines of a JSON
     * Lines file): the documents are parsed and validated on the worker threads; a malformed one gives a result with
     * its problems.
     */
    Batch.Summary evaluateAllJson(Stream<String> documents, int threads, Consumer<? super Batch.Result> sink);

    /**
     * Replays a stored verdict document: evaluates its case file again with these rules and compares, field for
     * field, the fresh evaluation with the stored one. The input digest is recomputed from the case bytes as
     * {@link #evaluate} computes it (canonical form, so the order of the case's arrays does not matter).
     *
     * @param verdictJson the verdict document as written by {@code evaluate} (UTF-8 JSON)
     * @param caseJson the case file it was produced from (UTF-8 JSON)
     * @return what matches and what differs; see {@link Replay} for how items are matched
     * @throws InvalidVerdictException when the verdict document is malformed or lacks what a replay compares
     * @throws InvalidCaseException when the case file is malformed or invalid
     */
    Replay replay(byte[] verdictJson, byte[] caseJson);

    /**
     * The SME status of one enterprise in a given ownership structure as of a date, with its trace: the direct entry
     * point for an auditor's test. The structure is the case's {@code enterprises}, {@code holdings},
     * {@code jointGroups}, {@code adjacentMarkets} and {@code exchangeRates}; the rest of the case is ignored.
     *
     * @param structure a case file holding the ownership structure (its action, calls and awards are not used)
     * @param enterpriseId the enterprise to assess
     * @param asOf the date of the assessment (the accounts closed by then and the holdings in force then apply)
     * @return the verdict on the enterprise: COMPLIANT when it is an SME, with category, enterprise type and the
     *     breakdown of its aggregated figures in the trace
     * @throws InvalidCaseException when the structure is invalid or names no such enterprise
     */
    Verdict smeStatus(CaseFile structure, String enterpriseId, LocalDate asOf);

    /**
     * Warms the JVM up for a server that judges a case now and then: for about {@code budget}, on the calling thread,
     * evaluates the scenario cases these rules ship (the packaged ones, or a rules folder's {@code scenarios/}) and
     * writes each evaluation as JSON to nowhere, so that the evaluations after it run code the JIT has compiled
     * instead of interpreted code. Nothing it does changes a later evaluation's result. A portal calls it once after
     * loading the rules, before it reports itself ready, or on a thread of its own while it serves. It returns early,
     * with the interrupt status kept, when the thread is interrupted.
     *
     * <p>Measured on two cores (docs/PERFORMANCE.md): without it the second evaluation of the AMULET example takes about
     * 150 ms and the thousandth about 5 ms; after {@code warmUp(Duration.ofSeconds(10))} the first ones take 9 to
     * 22 ms.
     *
     * @param budget how long to keep evaluating, zero or more; the scenario files are read within it
     * @return the number of evaluations run (0 for a zero budget or a rules folder without scenario files)
     * @throws IllegalArgumentException when {@code budget} is negative, or a scenario file of the rules folder cannot
     *     be read (as {@code fundingrules test} would report it)
     */
    int warmUp(java.time.Duration budget);

    /** {@code sha256:...} over every DRL file, parameter file and the source register of the rules serving now. */
    String digest();

    /** The texts of these rules in every language they ship, to render the messages their verdicts carry. */
    Messages messages();

    /** Stops watching the rules folder, if this rule set watches one; the rules serving stay usable. */
    @Override
    default void close() {
    }

    /** Told of every rebuild of a watched rules folder, on the watcher's thread. */
    interface ReloadListener {
        /** A new rule set serves from now on. */
        default void reloaded(String ruleSetDigest) {
        }

        /** A rebuild failed; {@code stillServing} is the digest of the rule set that keeps serving. */
        default void failed(List<RulesLoadException.RuleError> errors, String stillServing) {
        }
    }
}
