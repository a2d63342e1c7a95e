package org.fundingrules.engine;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of inputs through a function on a fixed pool of worker threads and hands the results to a consumer
 * on the calling thread, in input order. At most {@code window} inputs are in flight at once, so memory does not
 * grow with the length of the stream: the calling thread reads the next input only once the oldest result has been
 * consumed when the window is full.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    /** The in-flight bound used by the batch API: enough to keep every worker busy past a slow case. */
    public static int window(int threads) {
        return Math.max(4, threads * 8);
    }

    /**
     * Runs {@code work} over every input of {@code inputs} on {@code threads} workers; {@code sink} receives each
     * result on the calling thread, in input order. The function must not throw for an input it can describe as a
     * result (an invalid case is a result); an exception it throws anyway stops the run and is rethrown here.
     */
    public static <T, R> void run(Iterator<T> inputs, int threads, int window, Function<? super T, ? extends R> work,
                                  Consumer<? super R> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "fundingrules-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons);
        ArrayDeque<CompletableFuture<R>> inFlight = new ArrayDeque<>(window);
        try {
            while (inputs.hasNext()) {
                T input = inputs.next();
                inFlight.add(CompletableFuture.supplyAsync(() -> work.apply(input), pool));
                if (inFlight.size() >= window) {
                    sink.accept(take(inFlight));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(take(inFlight));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(false));
            pool.shutdownNow();
        }
    }

    private static <R> R take(ArrayDeque<CompletableFuture<R>> inFlight) {
        try {
            return inFlight.removeFirst().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
