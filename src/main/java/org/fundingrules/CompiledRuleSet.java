package org.fundingrules;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Evaluator;
import org.fundingrules.engine.OrderedParallel;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.trace.Verdict;

/** A rule set compiled once: the packaged rules or a folder's. Immutable and thread-safe. */
final class CompiledRuleSet implements RuleSet {
    /** The message of a case the library failed on: no exception text, which means nothing to an applicant. */
    static final String EVALUATION_FAILED =
            "the library failed on this case (an internal error); this is not a problem of the input";
    private final Engine engine;

    CompiledRuleSet(Engine engine) {
        this.engine = engine;
    }

    /** The compiled rule set (for {@link WatchedRuleSet}, which rebuilds from it). */
    Engine engine() {
        return engine;
    }


    @Override
    public Messages messages() {
        return new Messages(engine.bundles());
    }

    @Override
    public Evaluation evaluate(CaseFile caseFile) {
        return Evaluator.evaluate(engine, caseFile);
    }

    @Override
    public Evaluation evaluateJson(String json) {
        return Evaluator.evaluateValid(engine, FundingJson.readCase(json));   // readCase has validated it
    }

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
    @Override
    public Replay replay(byte[] verdictJson, byte[] caseJson) {
        var stored = ReplayDiff.read(Objects.requireNonNull(verdictJson, "verdictJson"));
        CaseFile caseFile = FundingJson.readCase(Objects.requireNonNull(caseJson, "caseJson"));
        return ReplayDiff.compare(stored, Evaluator.evaluateValid(engine, caseFile));
    }

    /**
     * Evaluates a stream of cases in parallel on this rule base, handing each result to {@code sink} on the calling
     * thread, in input order. The stream is read on the calling thread, at most a few cases per worker ahead of the
     * results handed over, so memory does not grow with the number of cases. An invalid case gives a result with its
     * problems and the batch goes on; so does a case whose evaluation fails unexpectedly (code
     * {@code evaluation_failed}).
     *
     * @param cases the cases, read once, in order
     * @param threads worker threads (at least 1); {@code Runtime.getRuntime().availableProcessors()} is a good default
     * @param sink receives every result, in input order, on the calling thread
     * @return the counts per outcome, the invalid cases and the time taken
     */
    @Override
    public Batch.Summary evaluateAll(Stream<CaseFile> cases, int threads, Consumer<? super Batch.Result> sink) {
        return batch(cases, threads, sink, this::evaluateIndexed);
    }

    /**
     * Like {@link #evaluateAll}, for cases given as JSON text (one document per element, e.g. the lines of a JSON
     * Lines file): the documents are parsed and validated on the worker threads; a malformed one gives a result with
     * its problems.
     */
    @Override
    public Batch.Summary evaluateAllJson(Stream<String> documents, int threads, Consumer<? super Batch.Result> sink) {
        return batch(documents, threads, sink, (i, json) -> {
            try {
                return new Batch.Result(i, evaluateJson(json), List.of());
            } catch (InvalidCaseException e) {
                return new Batch.Result(i, null, e.problems());
            } catch (RuntimeException e) {
                return new Batch.Result(i, null, List.of(new Problem("$", "evaluation_failed", EVALUATION_FAILED)));
            }
        });
    }

    /** One case of a batch, never throwing for the case's sake: problems become the result. */
    Batch.Result evaluateIndexed(long index, CaseFile caseFile) {
        try {
            return new Batch.Result(index, evaluate(caseFile), List.of());
        } catch (InvalidCaseException e) {
            return new Batch.Result(index, null, e.problems());
        } catch (RuntimeException e) {
            return new Batch.Result(index, null, List.of(new Problem("$", "evaluation_failed", EVALUATION_FAILED)));
        }
    }

    private static <T> Batch.Summary batch(Stream<T> inputs, int threads, Consumer<? super Batch.Result> sink,
                                           java.util.function.BiFunction<Long, T, Batch.Result> work) {
        Objects.requireNonNull(sink, "sink");
        Batch.Tally tally = new Batch.Tally();
        long[] next = {0};
        record Indexed<T>(long index, T value) {
        }
        Iterator<Indexed<T>> it = new Iterator<>() {
            private final Iterator<T> in = inputs.iterator();

            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Indexed<T> next() {
                return new Indexed<>(next[0]++, in.next());
            }
        };
        try (inputs) {
            OrderedParallel.run(it, threads, OrderedParallel.window(threads),
                    (Indexed<T> x) -> work.apply(x.index(), x.value()),
                    (Batch.Result r) -> {
                        tally.add(r);
                        sink.accept(r);
                    });
        }
        return tally.summary(threads);
    }

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
    @Override
    public Verdict smeStatus(CaseFile structure, String enterpriseId, LocalDate asOf) {
        return Evaluator.smeStatus(engine, structure, enterpriseId, asOf);
    }

    /** {@code sha256:...} over every DRL file, parameter file and the source register of this rule set. */
    @Override
    public String digest() {
        return engine.digest();
    }

    /** The version of this library. */
}
