package org.fundingrules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Evaluator;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.json.FundingJson;
import org.fundingrules.json.QuietLibraries;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.RulesLoadException;

/**
 * The front door: where rule sets come from, and case files and verdicts to and from JSON.
 *
 * <pre>{@code
 * RuleSet rules = FundingRules.packaged();
 * RuleSet edited = FundingRules.builder().rules(Path.of("rules")).watch(true).build();
 * }</pre>
 */
public final class FundingRules {
    static {
        QuietLibraries.apply();
    }

    private FundingRules() {
    }

    /**
     * The rules packaged in the library jar (precompiled: no rule compiler is needed at run time).
     *
     * @throws RulesLoadException if the packaged rules do not load (a broken build)
     */
    public static RuleSet packaged() {
        return new CompiledRuleSet(Engine.load(RuleFiles.packaged()));
    }

    /** A builder for a rule set read from a rules folder, optionally watched for edits. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and validates a case file from UTF-8 JSON (a leading byte-order mark is ignored).
     *
     * @throws InvalidCaseException carrying every problem, by JSON path, when the document is not UTF-8, is malformed
     *     or is invalid
     */
    public static CaseFile readCase(byte[] json) {
        return FundingJson.readCase(json);
    }

    /** Reads and validates a case file from JSON text; see {@link #readCase(byte[])}. */
    public static CaseFile readCase(String json) {
        return FundingJson.readCase(json);
    }

    /** Reads and validates a case file from a stream of UTF-8 JSON, reading at most one byte past the size limit. */
    public static CaseFile readCase(InputStream json) {
        return FundingJson.readCase(json);
    }

    /** The evaluation as indented JSON: the same evaluation always gives the same bytes. */
    public static String toJson(Evaluation evaluation) {
        return FundingJson.write(evaluation);
    }

    /**
     * The evaluation as one line of compact JSON, without a line end: the bytes (in UTF-8) that the {@code batch}
     * command writes as a line's {@code evaluation}, for callers that store or compare verdicts one per row or line.
     */
    public static String toJsonLine(Evaluation evaluation) {
        return FundingJson.writeLine(evaluation);
    }

    /** Writes the evaluation as indented UTF-8 JSON to {@code out}, streaming (nothing held in memory). */
    public static void writeJson(Evaluation evaluation, OutputStream out) throws IOException {
        FundingJson.write(evaluation, out);
    }

    /** The version of this library, as written into every evaluation. */
    public static String version() {
        return Evaluator.VERSION;
    }

    /** Builds a rule set from a rules folder laid out like the project's {@code rules/} folder. */
    public static final class Builder {
        private Path folder;
        private boolean watch;
        private RuleSet.ReloadListener listener = new RuleSet.ReloadListener() {
        };

        private Builder() {
        }

        /** The rules folder (required). */
        public Builder rules(Path rulesFolder) {
            this.folder = Objects.requireNonNull(rulesFolder, "rulesFolder");
            return this;
        }

        /**
         * Whether to watch the folder and serve the latest rule set that loads (default false). A change triggers a
         * rebuild once the folder has been quiet for a short debounce; only the rule families whose DRL changed are
         * compiled again. When a rebuild fails, the last good rules keep serving and the errors, with file and line,
         * go to the listener and to the log (WARN). Close the rule set to stop watching.
         */
        public Builder watch(boolean watchFolder) {
            this.watch = watchFolder;
            return this;
        }

        /** Told of every rebuild of a watched folder. */
        public Builder onReload(RuleSet.ReloadListener reloadListener) {
            this.listener = Objects.requireNonNull(reloadListener, "reloadListener");
            return this;
        }

        /**
         * Compiles the folder's rules now.
         *
         * @throws RulesLoadException naming the file and line of every error; no rules are built from a partial set
         * @throws java.io.UncheckedIOException when a watched folder cannot be watched
         * @throws IllegalStateException when no folder was given
         */
        public RuleSet build() {
            if (folder == null) {
                throw new IllegalStateException("no rules folder: call rules(folder), or use FundingRules.packaged()");
            }
            return watch ? WatchedRuleSet.watch(folder, listener)
                    : new CompiledRuleSet(Engine.load(RuleFiles.folder(folder)));
        }
    }
}
