package org.fundingrules;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Evaluator;
import org.fundingrules.engine.OrderedParallel;
import org.fundingrules.engine.Scenarios;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.trace.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A rule set compiled once: the packaged rules or a folder's. Immutable and thread-safe. */
final class CompiledRuleSet implements RuleSet {
    /** The message of a case the library failed on: no exception text, which means nothing to an applicant. */
    static final String EVALUATION_FAILED =
            "the library failed on this case (an internal error); this is not a problem of the input";
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleSet.class);
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

    @Override
    public Replay replay(byte[] verdictJson, byte[] caseJson) {
        var stored = ReplayDiff.read(Objects.requireNonNull(verdictJson, "verdictJson"));
        CaseFile caseFile = FundingJson.readCase(Objects.requireNonNull(caseJson, "caseJson"));
        return ReplayDiff.compare(stored, Evaluator.evaluateValid(engine, caseFile));
    }

    @Override
    public Batch.Summary evaluateAll(Stream<CaseFile> cases, int threads, Consumer<? super Batch.Result> sink) {
        return batch(cases, threads, sink, this::evaluateIndexed);
    }

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

    @Override
    public Verdict smeStatus(CaseFile structure, String enterpriseId, LocalDate asOf) {
        return Evaluator.smeStatus(engine, structure, enterpriseId, asOf);
    }

    @Override
    public int warmUp(Duration budget) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a warm-up budget is zero or more, not " + budget);
        }
        if (budget.isZero()) {
            return 0;
        }
        long deadline = System.nanoTime() + budget.toNanos();
        List<String> cases = Scenarios.load(engine.files()).stream().map(s -> s.caseJson().toString()).toList();
        int n = 0;
        while (!cases.isEmpty() && System.nanoTime() - deadline < 0 && !Thread.currentThread().isInterrupted()) {
            try {
                FundingJson.write(evaluateJson(cases.get(n % cases.size())), OutputStream.nullOutputStream());
            } catch (InvalidCaseException e) {
                // a scenario of an invalid case warms the validation up as well
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // a null stream does not throw
            }
            n++;
        }
        LOG.debug("warm-up: {} evaluations of {} scenario cases in {}", n, cases.size(), budget);
        return n;
    }

    @Override
    public String digest() {
        return engine.digest();
    }
}
