package org.fundingrules;

import java.nio.file.Path;
import java.util.Objects;
import org.fundingrules.internal.Engine;
import org.fundingrules.internal.Evaluator;
import org.fundingrules.internal.RuleFiles;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;

/**
 * The entry point: a compiled rule set that evaluates case files.
 *
 * <pre>{@code
 * FundingRules rules = FundingRules.packaged();          // compile once
 * Evaluation result = rules.evaluate(caseFile);          // from any thread
 * }</pre>
 *
 * <p>Thread-safe and immutable once built: the knowledge base is compiled once and shared; each evaluation runs in
 * its own session and shares no mutable state. Evaluations are deterministic: the same case and rules give an equal
 * {@link Evaluation}, whatever the order of the input's arrays and whatever the thread.
 */
public final class FundingRules {
    private final Engine engine;

    FundingRules(Engine engine) {
        this.engine = engine;
    }

    /** The compiled rule set (for {@link RulesWatcher}, which rebuilds from it). */
    Engine engine() {
        return engine;
    }

    /**
     * The rules packaged in the library jar.
     *
     * @throws RulesLoadException if the packaged rules do not load (a broken build)
     */
    public static FundingRules packaged() {
        return new FundingRules(Engine.load(RuleFiles.packaged()));
    }

    /**
     * The rules in a folder laid out like the project's {@code rules/} folder, compiled now.
     *
     * @throws RulesLoadException naming the file and line of every error; no rules are built from a partial set
     */
    public static FundingRules fromFolder(Path rulesFolder) {
        return new FundingRules(Engine.load(RuleFiles.folder(Objects.requireNonNull(rulesFolder, "rulesFolder"))));
    }

    /**
     * Watches a rules folder and serves the latest rule set that loads: see {@link RulesWatcher}. Close the handle
     * to stop watching.
     *
     * @throws RulesLoadException when the folder's rules do not load to begin with
     * @throws java.io.UncheckedIOException when the folder cannot be watched
     */
    public static RulesWatcher watch(Path rulesFolder) {
        return RulesWatcher.watch(rulesFolder);
    }

    /**
     * Evaluates a case file given as Java records.
     *
     * @throws InvalidCaseException with every problem, by JSON path; no verdict is produced then
     */
    public Evaluation evaluate(CaseFile caseFile) {
        return Evaluator.evaluate(engine, caseFile);
    }

    /**
     * Evaluates a case file given as JSON text.
     *
     * @throws InvalidCaseException when the JSON is malformed or the case invalid
     */
    public Evaluation evaluateJson(String json) {
        return evaluate(FundingJson.readCase(json));
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
    public Verdict smeStatus(CaseFile structure, String enterpriseId, java.time.LocalDate asOf) {
        return Evaluator.smeStatus(engine, structure, enterpriseId, asOf);
    }

    /** {@code sha256:...} over every DRL file, parameter file and the source register of this rule set. */
    public String ruleSetDigest() {
        return engine.digest();
    }

    /** The version of this library. */
    public static String version() {
        return Evaluator.VERSION;
    }
}
