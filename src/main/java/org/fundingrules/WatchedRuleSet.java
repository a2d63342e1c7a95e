package org.fundingrules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.time.LocalDate;
import org.fundingrules.trace.Verdict;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.model.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.RulesLoadException;

/**
 * Hot reload: a rules folder watched for changes, and the latest rule set that loads, swapped in atomically.
 *
 * Built by {@code FundingRules.builder().rules(folder).watch(true).build()}.
 *
 * <p>A change to any file of the folder (or of a folder created in it) triggers a rebuild once the folder has been
 * quiet for a short debounce. The rebuild compiles only the rule families whose DRL changed (a parameter edit
 * compiles nothing). When it succeeds, later evaluations use the new rule set; evaluations already running finish on
 * the rule set they started with, which every {@link Evaluation} names by its {@code ruleSetDigest}. When it fails,
 * the last good rule set keeps serving, and the errors, with file and line, go to the
 * {@link RuleSet.ReloadListener} and to the log (SLF4J, WARN). Thread-safe.
 */
final class WatchedRuleSet implements RuleSet {
    private static final Logger LOG = LoggerFactory.getLogger(WatchedRuleSet.class);
    private static final Duration DEBOUNCE = Duration.ofMillis(250);

    /** What one rebuild did. */
    enum ReloadResult {
        /** a new rule set was swapped in */
        RELOADED,
        /** the files that judge did not change (a scenario or README edit): nothing to swap */
        UNCHANGED,
        /** the new files do not load; the previous rule set keeps serving */
        FAILED
    }

    private final Path folder;
    private final RuleSet.ReloadListener listener;
    private final AtomicReference<CompiledRuleSet> current;
    private final WatchService watchService;
    private final Thread thread;
    private final Object rebuild = new Object();
    private volatile boolean closed;

    private WatchedRuleSet(Path folder, RuleSet.ReloadListener listener, CompiledRuleSet first,
                           WatchService watchService) {
        this.folder = folder;
        this.listener = listener;
        this.current = new AtomicReference<>(first);
        this.watchService = watchService;
        this.thread = new Thread(this::watchLoop, "fundingrules-watch " + folder.getFileName());
        this.thread.setDaemon(true);
    }


    /**
     * Watches a folder, telling {@code listener} of every rebuild.
     *
     * @throws RulesLoadException when the folder's rules do not load to begin with
     * @throws UncheckedIOException when the folder cannot be watched
     */
    static WatchedRuleSet watch(Path folder, RuleSet.ReloadListener listener) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(listener, "listener");
        CompiledRuleSet first = new CompiledRuleSet(Engine.load(RuleFiles.folder(folder), null));
        WatchService ws;
        try {
            ws = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WatchedRuleSet w = new WatchedRuleSet(folder, listener, first, ws);
        try {
            w.registerTree(folder);
        } catch (IOException e) {
            w.close();
            throw new UncheckedIOException("cannot watch " + folder, e);
        }
        w.thread.start();
        return w;
    }

    /** The rule set serving now. An evaluation on it runs on it to the end, whatever reloads meanwhile. */
    CompiledRuleSet current() {
        return current.get();
    }

    @Override
    public Evaluation evaluate(CaseFile caseFile) {
        return current.get().evaluate(caseFile);
    }

    @Override
    public Evaluation evaluateJson(String json) {
        return current.get().evaluateJson(json);
    }

    @Override
    public Batch.Summary evaluateAll(Stream<CaseFile> cases, int threads, Consumer<? super Batch.Result> sink) {
        return current.get().evaluateAll(cases, threads, sink);
    }

    @Override
    public Batch.Summary evaluateAllJson(Stream<String> documents, int threads, Consumer<? super Batch.Result> sink) {
        return current.get().evaluateAllJson(documents, threads, sink);
    }

    @Override
    public Replay replay(byte[] verdictJson, byte[] caseJson) {
        return current.get().replay(verdictJson, caseJson);
    }

    @Override
    public Verdict smeStatus(CaseFile structure, String enterpriseId, LocalDate asOf) {
        return current.get().smeStatus(structure, enterpriseId, asOf);
    }

    @Override
    public int warmUp(java.time.Duration budget) {
        return current.get().warmUp(budget);
    }

    @Override
    public String digest() {
        return current.get().digest();
    }

    @Override
    public Messages messages() {
        return current.get().messages();
    }

    /**
     * Rebuilds from the folder now (what a change triggers), on the caller's thread; one rebuild at a time.
     *
     * @return what the rebuild did; a failure has been reported to the listener and the log
     */
    ReloadResult reload() {
        synchronized (rebuild) {
            CompiledRuleSet serving = current.get();
            RuleFiles files;
            Engine engine;
            try {
                files = RuleFiles.folder(folder);
                if (files.digest().equals(serving.digest())) {
                    return ReloadResult.UNCHANGED;
                }
                engine = Engine.load(files, serving.engine());
            } catch (RulesLoadException e) {
                for (RuleError err : e.errors()) {
                    LOG.warn("rules in {} do not load, still serving {}: {}", folder, serving.digest(), err);
                }
                notify(() -> listener.failed(e.errors(), serving.digest()));
                return ReloadResult.FAILED;
            } catch (RuntimeException e) {
                // a compiler crash must not stop the watcher: report it as an error of the folder
                List<RuleError> errors = List.of(new RuleError(folder.toString(), 0, "rebuild failed: " + e));
                LOG.warn("rules in {} do not load, still serving {}: {}", folder, serving.digest(), e.toString());
                notify(() -> listener.failed(errors, serving.digest()));
                return ReloadResult.FAILED;
            }
            CompiledRuleSet next = new CompiledRuleSet(engine);
            current.set(next);
            LOG.info("rules in {} reloaded: {}", folder, next.digest());
            notify(() -> listener.reloaded(next.digest()));
            return ReloadResult.RELOADED;
        }
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("a rules listener failed: {}", e.toString());
        }
    }

    /** Stops watching. The rule set serving now stays usable through {@link #current()}. */
    @Override
    public void close() {
        closed = true;
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.toString());
        }
        thread.interrupt();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watchLoop() {
        try {
            while (!closed) {
                WatchKey key = watchService.take();
                boolean changed = drain(key);
                // debounce: wait until the folder has been quiet for a while (an editor writes in several steps)
                WatchKey more;
                while ((more = watchService.poll(DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed && !closed) {
                    reload();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        } catch (RuntimeException e) {
            LOG.error("the rules watcher of {} stopped: {}", folder, e.toString());
        }
    }

    /** Handles one key's events; registers new folders; true when anything changed. */
    private boolean drain(WatchKey key) {
        boolean any = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            any = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        LOG.warn("cannot watch {}: {}", created, e.toString());
                    }
                }
            }
        }
        key.reset();
        return any;
    }
}
